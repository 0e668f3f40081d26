import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../testing/fixtures.ts';
import { openTmDatabase } from '../open-tm.ts';
import { TM_APPLICATION_ID } from './0001-units.ts';
import { migrateTm } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

describe('TM migration 0001 (units)', () => {
  it('creates meta and units with the TM application id, and refuses a duplicate pair', () => {
    const temp = tempDir();
    cleanup = temp.cleanup;
    const db = openTmDatabase(join(temp.dir, 'a.duizhao-tm'), { create: true, targetVersion: 0 });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 0 });
    migrateTm(db, 1);
    expect(db.prepare('PRAGMA application_id').get()).toEqual({ application_id: TM_APPLICATION_ID });
    const insert = db.prepare("INSERT INTO units (source, target, source_lang, target_lang, created_at, created_by, changed_at, changed_by) VALUES (?, ?, 'zh-CN', 'en', 'now', 'u', 'now', 'u') ON CONFLICT DO NOTHING");
    expect(insert.run('林西县', 'Linxi County').changes).toBe(1);
    expect(insert.run('林西县', 'Linxi County').changes).toBe(0);
    expect(insert.run('林西县', 'Linxi').changes).toBe(1);
    const columns = db.prepare('PRAGMA table_info(units)').all().map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['prev_source', 'next_source', 'origin_file', 'origin_project', 'source_tags', 'changed_by']));
    db.close();
  });
});
