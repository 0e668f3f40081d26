import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTbx } from '../../core/glossary/tbx.ts';
import { encodeLegacy } from '../../host/import/testing/legacy-encoder.ts';
import { writeNewProject } from '../../host/project-file.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { imported, p, tempDir } from '../../host/testing/fixtures.ts';
import { spawnCli } from '../testing/cli-runs.ts';

const SAMPLE_TBX = fileURLToPath(new URL('../../core/samples/linxi-glossary.tbx', import.meta.url));

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const cli = (args: string[]) => spawnCli(dir, args);

/** A project with one block per Chinese text, and English for the blocks given in `targets`. */
function project(sources: string[], targets: Record<number, string> = {}): string {
  const path = join(dir, 'p.duizhao');
  writeNewProject(path, { name: 'p', sourceLang: 'zh-CN', targetLang: 'en' }, [{ title: 'd', sourceFileName: 'd.txt', result: imported(...sources.map((s) => p(s))) }], 0);
  const store = ProjectStore.open(path);
  const blocks = store.listBlocks(store.documents()[0]!.id);
  for (const [index, text] of Object.entries(targets)) store.saveTarget(blocks[Number(index)]!.id, text, 'draft', 0);
  store.close();
  return path;
}

const ids = (path: string): number[] => {
  const store = ProjectStore.open(path);
  const out = store.listBlocks(store.documents()[0]!.id).map((b) => b.id);
  store.close();
  return out;
};

describe('duizhao glossary and terms', () => {
  it('imports a glossary, then terms --json reports code-point hits and term QA findings', () => {
    // 𠀀 is outside the BMP: two UTF-16 units, one code point, so offsets after it differ.
    const path = project(['𠀀林西县推进脱贫攻坚。', '党建联合体和党建'], { 0: 'Linxi County pushed on with the war on poverty.' });
    const imported = cli(['glossary', 'import', path, SAMPLE_TBX, '--json']);
    expect(imported.stderr).toBe('');
    const entries = importTbx(readFileSync(SAMPLE_TBX, 'utf8')).entries;
    expect(JSON.parse(imported.stdout)).toEqual({ added: entries.length, updated: 0, skipped: [] });

    const run = cli(['terms', path, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { hits: { block: number; start: number; end: number; text: string; termId: string }[]; findings: Record<string, unknown>[] };
    const [first, second] = ids(path);
    const idOf = (source: string) => entries.find((e) => e.source === source)!.id;
    expect(out.hits.filter((h) => h.block === first)).toEqual([
      { block: first, start: 1, end: 4, text: '林西县', termId: idOf('林西县') },
      { block: first, start: 6, end: 10, text: '脱贫攻坚', termId: idOf('脱贫攻坚') },
    ]);
    // Longest match wins where both start: 党建联合体 over 党建.
    expect(out.hits.filter((h) => h.block === second).map((h) => h.text)).toEqual(['党建联合体', '党建']);
    // Block 1 uses "Linxi County" but none of 脱贫攻坚's renderings; block 2 has no English yet.
    expect(out.findings).toEqual([expect.objectContaining({ block: first, kind: 'missing', entryId: idOf('脱贫攻坚'), sourceStart: 6, sourceEnd: 10 })]);
  });

  it('terms --glossary uses a GB18030 CSV instead of the project glossary', () => {
    const path = project(['𠀀新词和旧词'], { 0: 'the old word' });
    const csv = join(dir, 'terms.csv');
    writeFileSync(csv, encodeLegacy('gb18030', 'zh,en,forbidden\r\n新词,new word,old word\r\n'));
    const out = JSON.parse(cli(['terms', path, '--glossary', csv, '--json']).stdout) as { hits: unknown[]; findings: unknown[] };
    const [block] = ids(path);
    expect(out.hits).toEqual([{ block, start: 1, end: 3, text: '新词', termId: 't2' }]);
    expect(out.findings).toEqual([
      expect.objectContaining({ kind: 'missing', block, expected: ['new word'] }),
      expect.objectContaining({ kind: 'forbidden', block, term: 'old word', targetStart: 4, targetEnd: 12 }),
    ]);
  });

  it('exports the glossary as TBX, CSV or TSV and never overwrites a file', () => {
    const path = project(['林西县']);
    expect(cli(['glossary', 'import', path, SAMPLE_TBX]).stdout).toMatch(/^added \d+, updated 0, skipped 0\n$/u);
    const out = join(dir, 'g.tbx');
    expect(cli(['glossary', 'export', path, '--format', 'tbx', '--out', out])).toMatchObject({ code: 0, stderr: '' });
    const entries = importTbx(readFileSync(SAMPLE_TBX, 'utf8')).entries;
    const bySource = (a: { source: string }, b: { source: string }) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
    expect(importTbx(readFileSync(out, 'utf8')).entries.sort(bySource)).toEqual([...entries].sort(bySource));

    const again = cli(['glossary', 'export', path, '--format', 'tbx', '--out', out]);
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining(out) });
    const tsv = join(dir, 'g.tsv');
    expect(cli(['glossary', 'export', path, '--out', tsv]).code).toBe(0);
    expect(readFileSync(tsv, 'utf8')).toMatch(/^\uFEFFzh\ten\tforbidden/u);
    expect(cli(['glossary', 'frob', path])).toMatchObject({ code: 2, stderr: expect.stringContaining('import or export') });
  });
});
