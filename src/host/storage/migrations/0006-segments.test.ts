import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

const TWO = '林西县推进脱贫攻坚，成效显著。群众说：“好！”';

/** A database at version 5: block 1 translated and confirmed, block 2 two sentences without English, block 3 empty source. */
function projectAtVersion5(): DatabaseSync {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
  migrate(db, 5);
  db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
  db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
  const insert = db.prepare(
    "INSERT INTO blocks (document_id, position, kind, source, target, status, source_sentences, created_at, updated_at) VALUES (1, ?, 'body', ?, ?, ?, ?, 'now', 't0')",
  );
  const end = TWO.indexOf('。') + 1;
  insert.run(0, TWO, 'Linxi pushes on. “Good!”', 'confirmed', JSON.stringify([[0, end], [end, TWO.length]]));
  insert.run(1, TWO, '', 'new', JSON.stringify([[0, end], [end, TWO.length]]));
  insert.run(2, '', '', 'new', '[]');
  return db;
}

const segments = (db: DatabaseSync) =>
  db.prepare('SELECT block_id, ordinal, source_start, source_end, target, status, origin, revision FROM segments ORDER BY block_id, ordinal').all().map((r) => ({ ...r }));

describe('migration 0006 (segments)', () => {
  it('gives a block with English one segment holding it, and a block without English its sentence split', () => {
    const db = projectAtVersion5();
    migrate(db, 6);
    expect(schemaVersion(db)).toBe(6);
    const end = TWO.indexOf('。') + 1;
    expect(segments(db)).toEqual([
      { block_id: 1, ordinal: 0, source_start: 0, source_end: TWO.length, target: 'Linxi pushes on. “Good!”', status: 'confirmed', origin: 'typed', revision: 0 },
      { block_id: 2, ordinal: 0, source_start: 0, source_end: end, target: '', status: 'new', origin: 'typed', revision: 0 },
      { block_id: 2, ordinal: 1, source_start: end, source_end: TWO.length, target: '', status: 'new', origin: 'typed', revision: 0 },
      { block_id: 3, ordinal: 0, source_start: 0, source_end: 0, target: '', status: 'new', origin: 'typed', revision: 0 },
    ]);
    expect(db.prepare('SELECT revision FROM blocks WHERE id = 1').get()).toEqual({ revision: 0 });
    expect(db.prepare('SELECT view_mode FROM project').get()).toEqual({ view_mode: 'sentence' });
    // The paragraph-level columns are untouched: they are already the join of the new segments.
    expect(db.prepare('SELECT target, status FROM blocks WHERE id = 1').get()).toEqual({ target: 'Linxi pushes on. “Good!”', status: 'confirmed' });
    db.close();
  });

  it('leaves a version-5 file untouched when asked for version 5', () => {
    const db = projectAtVersion5();
    migrate(db, 5);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'segments'").get()).toBeUndefined();
    db.close();
  });
});
