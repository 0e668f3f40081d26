import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { DUIZHAO_APPLICATION_ID } from './0001-initial.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

function databaseAt(version: number) {
  const temp = tempDir();
  cleanup = temp.cleanup;
  return openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: version });
}

describe('migration 0001 (initial)', () => {
  it('turns an empty database into a version-1 project with working constraints', () => {
    const db = databaseAt(0);
    expect(schemaVersion(db)).toBe(0);
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect((db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id).toBe(DUIZHAO_APPLICATION_ID);

    db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', '2026-01-01T00:00:00.000Z')").run();
    db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
    db.prepare("INSERT INTO blocks (document_id, position, kind, source, created_at, updated_at) VALUES (1, 0, 'body', '林西县', 'now', 'now')").run();
    const block = db.prepare('SELECT target, status, page FROM blocks').get();
    expect(block).toEqual({ target: '', status: 'new', page: null });

    expect(() => db.prepare("INSERT INTO project VALUES (2, 'q', 'zh', 'en', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE blocks SET status = 'done'").run()).toThrow(/CHECK/);
    expect(() =>
      db.prepare("INSERT INTO blocks (document_id, position, kind, source, created_at, updated_at) VALUES (9, 0, 'body', 'x', 'now', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
    db.prepare("INSERT INTO revisions (block_id, target, status, created_at) VALUES (1, 'Linxi', 'draft', 'now')").run();
    db.prepare('DELETE FROM documents').run();
    expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 0 });
    db.close();
  });

  it('rolls back a failed migration and leaves the version unchanged', () => {
    const db = databaseAt(0);
    db.exec('CREATE TABLE blocks (x)');
    expect(() => migrate(db, 1)).toThrow(/already exists/);
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'project'").get()).toEqual({ n: 0 });
    db.close();
  });
});
