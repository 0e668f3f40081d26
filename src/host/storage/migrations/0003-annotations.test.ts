import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

/** A database at version 2 holding one document with one block (id 1). */
function projectAtVersion2(): DatabaseSync {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
  migrate(db, 2);
  db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
  db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
  db.prepare("INSERT INTO blocks (document_id, position, kind, source, target, created_at, updated_at) VALUES (1, 0, 'body', '脱贫攻坚', 'poverty', 'now', 'now')").run();
  return db;
}

const insertAnnotation = (db: DatabaseSync, id: string, blockId: number | null, start = 0, end = 2) =>
  db
    .prepare(
      `INSERT INTO annotations (id, block_id, side, start_offset, end_offset, quote, created_at, modified_at)
       VALUES (?, ?, 'source', ?, ?, '脱贫', 'now', 'now')`,
    )
    .run(id, blockId, start, end);

describe('migration 0003 (annotations)', () => {
  it('adds annotation tables to a version-2 project, keeping its blocks', () => {
    const db = projectAtVersion2();
    migrate(db, 3);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT source FROM blocks').get()).toEqual({ source: '脱贫攻坚' });
    insertAnnotation(db, 'a', 1);
    expect(db.prepare('SELECT side, orphaned, note FROM annotations').get()).toEqual({ side: 'source', orphaned: 0, note: '' });
    db.close();
  });

  it('deletes links with their annotations and keeps annotations of a vanished block as unplaced', () => {
    const db = projectAtVersion2();
    migrate(db, 3);
    insertAnnotation(db, 'a', 1);
    insertAnnotation(db, 'b', 1);
    db.prepare("INSERT INTO annotation_links (id, source_id, target_id, created_at, modified_at) VALUES ('l', 'a', 'b', 'now', 'now')").run();
    db.prepare("INSERT INTO block_comments (id, block_id, note, created_at, modified_at) VALUES ('c', 1, 'check', 'now', 'now')").run();
    db.prepare("DELETE FROM annotations WHERE id = 'b'").run();
    expect(db.prepare('SELECT count(*) AS n FROM annotation_links').get()).toEqual({ n: 0 });
    db.prepare('DELETE FROM blocks').run();
    expect(db.prepare('SELECT id, block_id FROM annotations').all()).toEqual([{ id: 'a', block_id: null }]);
    expect(db.prepare('SELECT count(*) AS n FROM block_comments').get()).toEqual({ n: 0 });
    db.close();
  });

  it('enforces sides, ordered offsets, known links and a single tag-set row', () => {
    const db = projectAtVersion2();
    migrate(db, 3);
    expect(() => insertAnnotation(db, 'x', 1, 3, 2)).toThrow(/CHECK/);
    expect(() => insertAnnotation(db, 'y', 99)).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO annotations (id, block_id, side, start_offset, end_offset, quote, created_at, modified_at) VALUES ('z', 1, 'left', 0, 1, 'x', 'n', 'n')").run(),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO annotation_links (id, source_id, target_id, created_at, modified_at) VALUES ('l', 'no', 'pe', 'n', 'n')").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.prepare("INSERT INTO tag_set VALUES (1, '{}')").run();
    expect(() => db.prepare("INSERT INTO tag_set VALUES (2, '{}')").run()).toThrow(/CHECK/);
    db.close();
  });
});
