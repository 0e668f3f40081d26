import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { splitSentences } from '../../../core/text/sentences.ts';
import { tempDir } from '../../testing/fixtures.ts';
import { openDatabase } from '../open.ts';
import { BLOCK_COLUMNS, toBlockDto, type BlockRow } from '../rows.ts';
import { migrate, schemaVersion } from './index.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());

const TWO = '林西县推进脱贫攻坚，成效显著。群众说：“好！”';
const ONE = '三、经验启示';

/** A database at version 4 holding blocks 1 (two sentences), 2 (one) and 3 (empty source). */
function projectAtVersion4(): DatabaseSync {
  const temp = tempDir();
  cleanup = temp.cleanup;
  const db = openDatabase(join(temp.dir, 'p.duizhao'), { create: true, targetVersion: 0 });
  migrate(db, 4);
  db.prepare("INSERT INTO project VALUES (1, 'p', 'zh-CN', 'en', 'now')").run();
  db.prepare("INSERT INTO documents (title, source_file_name, format, imported_at) VALUES ('d', 'd.txt', 'text', 'now')").run();
  const insert = db.prepare("INSERT INTO blocks (document_id, position, kind, source, target, created_at, updated_at) VALUES (1, ?, 'body', ?, 'x', 'now', 'now')");
  [TWO, ONE, ''].forEach((source, position) => insert.run(position, source));
  return db;
}

const stored = (db: DatabaseSync) => db.prepare('SELECT source_sentences AS s FROM blocks ORDER BY id').all().map((r) => JSON.parse(String(r.s)) as unknown);

describe('migration 0005 (sentences)', () => {
  it('adds source_sentences and backfills every existing block with its Chinese sentences', () => {
    const db = projectAtVersion4();
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);
    const end = TWO.indexOf('。') + 1;
    expect(stored(db)).toEqual([[[0, end], [end, TWO.length]], [[0, ONE.length]], []]);
    expect(stored(db)[0]).toEqual(splitSentences(TWO, 'zh').map((s) => [s.start, s.end]));
    expect(db.prepare('SELECT source, target FROM blocks WHERE id = 1').get()).toEqual({ source: TWO, target: 'x' });
    db.close();
  });

  it('reads a row written without sentences, or with ones that do not fit its source, by recomputing them', () => {
    const db = projectAtVersion4();
    migrate(db, 5);
    db.prepare("INSERT INTO blocks (document_id, position, kind, source, created_at, updated_at) VALUES (1, 9, 'body', '甲。乙。', 'now', 'now')").run();
    db.prepare("UPDATE blocks SET source_sentences = '[[0,3]]' WHERE id = 2").run();
    const rows = db.prepare(`SELECT ${BLOCK_COLUMNS} FROM blocks ORDER BY id`).all() as unknown as BlockRow[];
    const dtos = rows.map(toBlockDto);
    expect(dtos[1]!.sentences).toEqual([{ start: 0, end: ONE.length }]);
    expect(dtos[3]!.sentences).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }]);
    db.close();
  });

  it('leaves a version-4 file untouched when asked for version 4', () => {
    const db = projectAtVersion4();
    migrate(db, 4);
    const columns = db.prepare('PRAGMA table_info(blocks)').all().map((c) => c.name);
    expect(columns).not.toContain('source_sentences');
    db.close();
  });
});
