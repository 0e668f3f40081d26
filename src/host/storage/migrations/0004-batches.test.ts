import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

/** A database at version 3 holding one block (id 1) with one revision. */
function projectAtVersion3(): DatabaseSync {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
  migrate(db, 3);
  db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
  db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
  db.prepare("INSERT INTO blocks (document_id, position, kind, source, target, status, created_at, updated_at) VALUES (1, 0, 'body', '脱贫', 'poverty', 'draft', 'now', 'now')").run();
  db.prepare("INSERT INTO revisions (block_id, target, status, created_at) VALUES (1, 'poverty', 'draft', 'now')").run();
  return db;
}

describe('migration 0004 (batches)', () => {
  it('adds batch tables and a nullable batch id to existing revisions', () => {
    const db = projectAtVersion3();
    migrate(db, 4);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT target, batch_id FROM revisions').get()).toEqual({ target: 'poverty', batch_id: null });
    db.prepare("INSERT INTO batches (id, label, created_at) VALUES ('b1', 'replace', 'now')").run();
    db.prepare("INSERT INTO batch_edits VALUES ('b1', 1, 'poverty', 'draft', 'want', 'draft')").run();
    db.prepare("INSERT INTO revisions (block_id, target, status, created_at, batch_id) VALUES (1, 'want', 'draft', 'now', 'b1')").run();
    expect(() => db.prepare("INSERT INTO batch_edits VALUES ('b1', 1, 'x', 'done', 'y', 'draft')").run()).toThrow(/CHECK|UNIQUE/);
    expect(() => db.prepare("INSERT INTO batch_edits VALUES ('nope', 1, 'x', 'new', 'y', 'draft')").run()).toThrow(/FOREIGN KEY/);
    // Deleting a batch keeps the revisions it wrote, unmarked.
    db.prepare("DELETE FROM batches WHERE id = 'b1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM batch_edits').get()).toEqual({ n: 0 });
    expect(db.prepare("SELECT batch_id FROM revisions WHERE target = 'want'").get()).toEqual({ batch_id: null });
    db.close();
  });

  it('leaves a version-3 file untouched when asked for version 3', () => {
    const db = projectAtVersion3();
    migrate(db, 3);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'batches'").get()).toEqual({ n: 0 });
    db.close();
  });
});
