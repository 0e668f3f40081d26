import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

function databaseAt(version: number) {
  const temp = tempDir();
  cleanup = temp.cleanup;
  return openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: version });
}

const insert = "INSERT INTO glossary_entries (id, source, targets_json, forbidden_json, created_at, updated_at) VALUES (?, ?, ?, ?, 'now', 'now')";

describe('migration 0002 (glossary)', () => {
  it('adds the glossary table to a version-1 project without touching its blocks', () => {
    const db = databaseAt(1);
    db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
    db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
    db.prepare("INSERT INTO blocks (document_id, position, kind, source, created_at, updated_at) VALUES (1, 0, 'body', '林西县', 'now', 'now')").run();
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'glossary_entries'").get()).toEqual({ n: 0 });

    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT source FROM blocks').all()).toEqual([{ source: '林西县' }]);
    db.prepare(insert).run('a', '脱贫攻坚', '["poverty alleviation"]', '[]');
    expect(db.prepare('SELECT note, part_of_speech, case_sensitive FROM glossary_entries').get()).toEqual({ note: '', part_of_speech: null, case_sensitive: 0 });
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM glossary_entries WHERE source = '脱贫攻坚'").all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('glossary_by_source');
    db.close();
  });

  it('rejects rows that would break the entry model', () => {
    const db = databaseAt(2);
    expect(() => db.prepare(insert).run('a', '  ', '[]', '[]')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('b', '党建', '"x"', '[]')).toThrow(/CHECK/);
    expect(() => db.prepare(insert).run('c', '党建', '[]', 'not json')).toThrow(/CHECK|JSON/i);
    db.prepare(insert).run('d', '党建', '[]', '[]');
    expect(() => db.prepare(insert).run('d', '党建', '[]', '[]')).toThrow(/UNIQUE|PRIMARY/);
    db.close();
  });
});
