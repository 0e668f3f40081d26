import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeNewProject } from '../../host/project-file.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { imported, p, tempDir } from '../../host/testing/fixtures.ts';
import { runInProcess, spawnCli } from '../testing/cli-runs.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const findings = (stdout: string): Array<{ unit: string; check: string; detail: string }> => JSON.parse(stdout).findings;

const TMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="zh-CN" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/>
<body>
<tu tuid="n1"><tuv xml:lang="zh-CN"><seg>共2314人</seg></tuv><tuv xml:lang="en"><seg>2,341 people</seg></tuv></tu>
<tu tuid="n2"><tuv xml:lang="zh-CN"><seg>增加1.5万人</seg></tuv><tuv xml:lang="en"><seg>15,000 more people</seg></tuv></tu>
</body></tmx>`;

describe('duizhao qa', () => {
  it('checks a TMX by tuid, with the detail in English; exit 0 without --fail, 1 with it', () => {
    const file = write('a.tmx', TMX);
    const run = spawnCli(dir, ['qa', file, '--json']);
    expect(run.code).toBe(0);
    expect(findings(run.stdout)).toEqual([{ unit: 'n1', check: 'number-mismatch', detail: 'Missing from the English: 2,314. Not in the Chinese: 2,341.' }]);
    expect(spawnCli(dir, ['qa', file, '--json', '--fail']).code).toBe(1);
  });

  it('checks XLIFF 1.2 and 2.0 by unit id, and a TSV by its id column', async () => {
    const x12 = write('a.xlf', `<xliff version="1.2"><file source-language="zh" target-language="en" datatype="plaintext" original="x"><body>
<trans-unit id="tu-7"><source>你好。</source><target>Hello。</target></trans-unit></body></file></xliff>`);
    const x20 = write('b.xliff', `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f"><unit id="u9"><segment><source>你好</source><target>Hello  there</target></segment></unit></file></xliff>`);
    const tsv = write('c.tsv', 'id\tzh\ten\nr1\t表1\tsee (Table 1\nr2\t你好\t\n');
    expect(findings((await runInProcess(['qa', x12, '--json'])).stdout).map((f) => [f.unit, f.check])).toEqual([['tu-7', 'fullwidth-punct-in-target']]);
    expect(findings((await runInProcess(['qa', x20, '--json'])).stdout)).toEqual([{ unit: 'u9', check: 'double-space', detail: 'Two or more spaces in a row, in 1 place.' }]);
    expect(findings((await runInProcess(['qa', tsv, '--json'])).stdout).map((f) => [f.unit, f.check])).toEqual([['r1', 'unbalanced-brackets'], ['r2', 'empty-target']]);
  });

  it('checks a project by block id with its glossary or the one given, and runs only --checks', async () => {
    const path = join(dir, 'p.duizhao');
    writeNewProject(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(p('国务院决定'), p('三个代表')) }], 0);
    const store = ProjectStore.open(path);
    const [a, b] = store.listBlocks(store.documents()[0]!.id);
    store.saveTarget(a!.id, 'The State Department decided  today', 'draft', 0);
    store.saveTarget(b!.id, 'the Three Represents', 'draft', 0);
    store.close();
    const glossary = write('g.tsv', 'zh\ten\tforbidden\n国务院\tState Council\tState Department\n');
    const all = findings((await runInProcess(['qa', path, '--glossary', glossary, '--json'])).stdout);
    expect(all.map((f) => [f.unit, f.check])).toEqual([[String(a!.id), 'term-missing'], [String(a!.id), 'forbidden-term'], [String(a!.id), 'double-space']]);
    const only = findings((await runInProcess(['qa', path, '--glossary', glossary, '--checks', 'double-space', '--json'])).stdout);
    expect(only.map((f) => f.check)).toEqual(['double-space']);
  });

  it('prints the detail in Chinese under a zh locale', async () => {
    const file = write('a.tmx', TMX);
    const run = await runInProcess(['qa', file, '--json'], { LANG: 'zh_CN.UTF-8' });
    expect(findings(run.stdout)[0]?.detail).toBe('英文中缺少：2,314。中文中没有：2,341。');
  });

  it('refuses an unknown check and an unsupported file with a clear message (exit 2)', async () => {
    const file = write('a.tmx', TMX);
    const bad = await runInProcess(['qa', file, '--checks', 'numbers']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown check “numbers”');
    const txt = await runInProcess(['qa', write('a.txt', 'x')]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toContain('Cannot check “a.txt”');
  });
});
