import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

/** A database at version 5 holding one block (id 1). */
function projectAtVersion5(): DatabaseSync {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
  migrate(db, 5);
  db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
  db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
  db.prepare("INSERT INTO blocks (document_id, position, kind, source, target, status, created_at, updated_at) VALUES (1, 0, 'body', '共2314人', '2,341 people', 'draft', 'now', 'now')").run();
  return db;
}

describe('migration 0007 (qa ignores)', () => {
  it('adds qa_ignores keyed by block and finding, dropped with the block, keeping the existing rows', () => {
    const db = projectAtVersion5();
    migrate(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare('SELECT target FROM blocks').get()).toEqual({ target: '2,341 people' });
    db.prepare("INSERT INTO qa_ignores VALUES (1, 'number-mismatch|2,314|2,341', 'now')").run();
    expect(() => db.prepare("INSERT INTO qa_ignores VALUES (1, 'number-mismatch|2,314|2,341', 'now')").run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare("INSERT INTO qa_ignores VALUES (1, '', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO qa_ignores VALUES (99, 'x', 'now')").run()).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM blocks WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM qa_ignores').get()).toEqual({ n: 0 });
    db.close();
  });
});
