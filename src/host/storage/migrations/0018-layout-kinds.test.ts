import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('migration 0018 (layout kinds)', () => {
  it('lets blocks hold footnote, equation, table and code kinds, keeps rows and their dependants, still rejects unknown kinds', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
    migrate(db, 5);
    db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
    db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.pdf', 'pdf', 'now')").run();
    const insert = db.prepare("INSERT INTO blocks (document_id, position, kind, source, created_at, updated_at) VALUES (1, ?, ?, '甲', 'now', 'now')");
    insert.run(0, 'body');
    db.prepare("INSERT INTO revisions (block_id, target, status, created_at) VALUES (1, 'a', 'draft', 'now')").run();
    expect(() => insert.run(1, 'footnote')).toThrow(/CHECK/);
    migrate(db, 18);
    expect(schemaVersion(db)).toBe(18);
    ['footnote', 'equation', 'table', 'code'].forEach((kind, i) => insert.run(i + 1, kind));
    expect(() => insert.run(9, 'sidebar')).toThrow(/CHECK/);
    expect(db.prepare('SELECT kind FROM blocks ORDER BY position').all().map((r) => r.kind)).toEqual(['body', 'footnote', 'equation', 'table', 'code']);
    expect(db.prepare('SELECT count(*) AS n FROM revisions').get()).toEqual({ n: 1 });
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();
  });
});
