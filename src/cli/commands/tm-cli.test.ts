import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../host/testing/fixtures.ts';
import { spawnCli } from '../testing/cli-runs.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = (args: string[]) => spawnCli(dir, args);
const TMX = (srclang: string) => `<?xml version="1.0"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="${srclang}" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="${srclang}"><seg>截至2019年底，林西县共实施产业扶贫项目1249个。</seg></tuv><tuv xml:lang="en"><seg>By the end of 2019, Linxi County had implemented 1,249 industrial projects.</seg></tuv></tu>
<tu><tuv xml:lang="${srclang}"><seg>驻村工作队进村入户。</seg></tuv><tuv xml:lang="en"><seg>The village-based work team visited every household.</seg></tuv></tu>
</body></tmx>`;

describe('duizhao tm', () => {
  it('imports (creating the TM), looks up, searches and exports with the JSON shapes of the issue', () => {
    const tm = join(dir, 'a.duizhao-tm');
    writeFileSync(join(dir, 'a.tmx'), TMX('zh-CN'));
    const imported = cli(['tm', 'import', tm, join(dir, 'a.tmx'), '--json']);
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout)).toEqual({ added: 2, skipped: 0 });
    expect(JSON.parse(cli(['tm', 'import', tm, join(dir, 'a.tmx'), '--json']).stdout)).toEqual({ added: 0, skipped: 2 });

    writeFileSync(join(dir, 'q.txt'), '截至2020年底，林西县共实施产业扶贫项目1300个。\n驻村工作队进村入户。\n今天天气很好。\n');
    const lookup = JSON.parse(cli(['tm', 'lookup', tm, '--file', join(dir, 'q.txt'), '--json']).stdout);
    expect(lookup.results).toHaveLength(3);
    expect(lookup.results[0].matches[0]).toEqual({
      source: '截至2019年底，林西县共实施产业扶贫项目1249个。',
      target: 'By the end of 2020, Linxi County had implemented 1,300 industrial projects.',
      score: 98,
    });
    expect(lookup.results[1].matches[0]).toMatchObject({ score: 100 });
    expect(lookup.results[2].matches).toEqual([]);
    const single = JSON.parse(cli(['tm', 'lookup', tm, '驻村工作队进村', '--min', '60', '--limit', '1', '--json']).stdout);
    expect(single.results[0].matches).toHaveLength(1);

    const concordance = JSON.parse(cli(['tm', 'concordance', tm, '工作队', '--json']).stdout);
    expect(concordance).toEqual({ total: 1, hits: [{ source: '驻村工作队进村入户。', target: 'The village-based work team visited every household.' }] });
    expect(JSON.parse(cli(['tm', 'concordance', tm, '县', '--json']).stdout).total).toBe(1);

    const out = join(dir, 'out.tmx');
    expect(cli(['tm', 'export', tm, '--out', out]).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<seg>驻村工作队进村入户。</seg>');
  }, 120_000); // nine CLI processes

  it('refuses another language pair and a malformed TMX with one clear line, exit 2', () => {
    const tm = join(dir, 'a.duizhao-tm');
    writeFileSync(join(dir, 'ja.tmx'), TMX('ja'));
    const ja = cli(['tm', 'import', tm, join(dir, 'ja.tmx'), '--json']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toMatch(/ja → en.*zh-CN → en/);
    writeFileSync(join(dir, 'bad.tmx'), TMX('zh-CN').replace('</tu>', ''));
    const bad = cli(['tm', 'import', tm, join(dir, 'bad.tmx')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/line \d+/);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  }, 60_000);
});
