import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

/** A database at version 5 (the last before 0009 on this branch) holding one block. */
function projectBefore(): DatabaseSync {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
  migrate(db, 5);
  db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
  db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
  db.prepare("INSERT INTO blocks (document_id, position, kind, source, created_at, updated_at) VALUES (1, 0, 'body', '林西县', 'now', 'now')").run();
  return db;
}

const tables = (db: DatabaseSync) =>
  db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'mt_%' ORDER BY name").all().map((r) => r.name);

describe('migration 0009 (machine translation)', () => {
  it('adds the settings, cache, origins and remote-glossary tables and keeps existing blocks', () => {
    const db = projectBefore();
    migrate(db, 9);
    expect(schemaVersion(db)).toBe(9);
    expect(tables(db)).toEqual(['mt_cache', 'mt_origins', 'mt_remote_glossaries', 'mt_settings']);
    expect(db.prepare('SELECT source, target, status FROM blocks').all()).toEqual([{ source: '林西县', target: '', status: 'new' }]);
    db.close();
  });

  it('refuses a second settings row, an unknown provider and a silly concurrency', () => {
    const db = projectBefore();
    migrate(db, 9);
    db.prepare("INSERT INTO mt_settings (id, provider, updated_at) VALUES (1, 'deepl', 'now')").run();
    expect(() => db.prepare("INSERT INTO mt_settings (id, provider, updated_at) VALUES (2, 'deepl', 'now')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE mt_settings SET provider = 'google'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE mt_settings SET concurrency = 0').run()).toThrow(/CHECK/);
    db.close();
  });

  it('drops a block\'s MT origin with the block', () => {
    const db = projectBefore();
    migrate(db, 9);
    db.exec('PRAGMA foreign_keys = ON');
    db.prepare("INSERT INTO mt_origins VALUES (1, 'deepl', '', 'Linxi County', 'now')").run();
    db.prepare('DELETE FROM blocks WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM mt_origins').get()).toEqual({ n: 0 });
    db.close();
  });

  it('leaves a version-5 file untouched when asked for version 5', () => {
    const db = projectBefore();
    migrate(db, 5);
    expect(tables(db)).toEqual([]);
    db.close();
  });
});
