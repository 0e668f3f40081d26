import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('migration 0008 (TM attachments)', () => {
  it('adds tm_attachments to a project at the previous version, keeping its blocks', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
    migrate(db, 5);
    db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
    migrate(db, 8);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(8);
    db.prepare("INSERT INTO tm_attachments (path, position, writable, added_at) VALUES ('/a.duizhao-tm', 0, 1, 'now')").run();
    expect(db.prepare('SELECT path, writable FROM tm_attachments').all()).toEqual([{ path: '/a.duizhao-tm', writable: 1 }]);
    expect(() => db.prepare("INSERT INTO tm_attachments (path, position, writable, added_at) VALUES ('/b', 1, 2, 'now')").run()).toThrow();
    expect(db.prepare('SELECT name FROM project').get()).toEqual({ name: 'p' });
    db.close();
  });
});
