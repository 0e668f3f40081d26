import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../host/testing/fixtures.ts';
import { sqlite } from '../../host/storage/sqlite.ts';
import { spawnCli } from '../testing/cli-runs.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

function files(folder: string): Map<string, string> {
  return new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name)).toString('base64')]));
}

describe('duizhao stats on a file that is not a project', () => {
  it('leaves a foreign SQLite database and an empty file byte-identical and says why, in the user language', () => {
    const data = join(dir, 'data');
    const foreign = join(data, 'bookmarks.sqlite');
    const empty = join(data, 'empty.duizhao');
    mkdirSync(data); // holds only the two files under test, so any file created beside them shows
    const db = new (sqlite())(foreign);
    db.exec("CREATE TABLE places (url TEXT); INSERT INTO places VALUES ('https://example.org')");
    db.close();
    writeFileSync(empty, '');
    const before = files(data);

    for (const file of [foreign, empty]) {
      const run = spawnCli(dir, ['stats', file, '--json']);
      expect(run.code, file).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`duizhao: ${file} is not a Duizhao project.\n`);
      const zh = spawnCli(dir, ['stats', file], { LANG: 'zh_CN.UTF-8' });
      expect(zh.stderr).toMatch(/^duizhao: .*不是对照项目/u);
    }
    expect(files(data)).toEqual(before);
    const check = new (sqlite())(foreign, { readOnly: true });
    expect(check.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'delete' });
    check.close();
  });
});
