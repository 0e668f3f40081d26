import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { imported, p, tempDir } from '../../host/testing/fixtures.ts';
import { writeNewProject } from '../../host/project-file.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { parseCsv, parseJsonl, parseTmx, parseTsv, parseXliff } from '../../core/interchange/index.ts';
import { runInProcess, spawnCli } from '../testing/cli-runs.ts';
import { englishSibling } from './export.ts';

const T0 = Date.parse('2026-03-01T08:00:00.000Z');

// Text that breaks naive exporters: markup characters, a C0 control character, an astral character.
const TRICKY = [
  { source: `林西<县> & "乡" '村'`, target: `Linxi <County> & "town" 'village'` },
  { source: '𠮷野家\u0001牛丼', target: 'Yoshinoya\u0001 𠮷 beef' },
  { source: '第三', target: 'Third' },
];

let dir = '';
let cleanup = (): void => {};
let projectPath = '';
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  projectPath = join(dir, 'p.duizhao');
  writeNewProject(projectPath, { name: '测试', sourceLang: 'zh-CN', targetLang: 'en' }, [
    { title: 'doc', sourceFileName: 'doc.txt', result: imported(p('标题', 'heading'), ...TRICKY.map((t) => p(t.source))) },
  ], T0);
  const store = ProjectStore.open(projectPath);
  try {
    const blocks = store.listBlocks(store.documents()[0]!.id).slice(1);
    blocks.forEach((b, i) => store.saveTarget(b.id, TRICKY[i]!.target, 'draft', T0));
  } finally {
    store.close();
  }
});
afterEach(() => cleanup());

const cli = (args: string[]) => spawnCli(dir, args);

async function exported(format: string, name: string, ...extra: string[]): Promise<string> {
  const out = join(dir, name);
  const run = await runInProcess(['export', projectPath, '--format', format, '--out', out, ...extra]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  expect(run.stdout.split('\n')[0]).toBe(out);
  return readFileSync(out, 'utf8');
}

function targets(): string[] {
  const store = ProjectStore.open(projectPath);
  try {
    return store.listBlocks(store.documents()[0]!.id).map((b) => b.target);
  } finally {
    store.close();
  }
}

describe('duizhao export / translations import', () => {
  it('export → edit outside → import → export changes exactly what was edited', () => {
    const first = join(dir, 'first.xlf');
    expect(cli(['export', projectPath, '--format', 'xliff12', '--out', first])).toEqual({ code: 0, stdout: `${first}\n`, stderr: '' });
    const original = readFileSync(first, 'utf8');
    expect(original).toContain('<target state="translated">Third</target>');
    const edited = original.replace('<target state="translated">Third</target>', '<target state="translated">Third &amp; &lt;last&gt; 𠮷</target>');
    const editedPath = join(dir, 'edited.xlf');
    writeFileSync(editedPath, edited);

    const run = cli(['translations', 'import', projectPath, editedPath, '--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ updated: 1, conflicts: 0, unmatched: 0, conflictList: [] });
    expect(targets()).toEqual(['', ...TRICKY.slice(0, 2).map((t) => t.target), 'Third & <last> 𠮷']);

    const second = join(dir, 'second.xlf');
    expect(cli(['export', projectPath, '--format', 'xliff12', '--out', second]).code).toBe(0);
    // The only differences: the edited target, and the exported-target copy that now carries it.
    const expected = edited.replace(
      '<context context-type="x-duizhao-exported-target">Third</context>',
      '<context context-type="x-duizhao-exported-target">Third &amp; &lt;last&gt; 𠮷</context>',
    );
    expect(expected).not.toBe(edited);
    expect(readFileSync(second, 'utf8')).toBe(expected);
  });

  it('reports a conflict when the block was edited in Duizhao after the export, and leaves it alone', async () => {
    const tmx = await exported('tmx', 'a.tmx');
    const store = ProjectStore.open(projectPath);
    const third = store.listBlocks(store.documents()[0]!.id)[3]!;
    store.saveTarget(third.id, 'Third (Duizhao)', 'draft', T0 + 1);
    store.close();
    writeFileSync(join(dir, 'b.tmx'), tmx.replace('<seg>Third</seg>', '<seg>Third (file)</seg>'));
    const run = await runInProcess(['translations', 'import', projectPath, join(dir, 'b.tmx'), '--json']);
    expect(JSON.parse(run.stdout)).toEqual({
      updated: 0,
      conflicts: 1,
      unmatched: 0,
      conflictList: [{ blockId: third.id, reason: 'target-changed', current: 'Third (Duizhao)', incoming: 'Third (file)' }],
    });
    expect(targets()[3]).toBe('Third (Duizhao)');
    const plain = await runInProcess(['translations', 'import', projectPath, join(dir, 'b.tmx')]);
    expect(plain.stdout).toBe(`updated: 0\nconflicts: 1\nunmatched: 0\n  block ${third.id} (target-changed): "Third (Duizhao)" -> "Third (file)"\n`);
  });

  it('keeps < & > " \' control characters and 𠮷 in every format', async () => {
    const sources = ['标题', ...TRICKY.map((t) => t.source)];
    const englishes = ['', ...TRICKY.map((t) => t.target)];
    // TMX leaves untranslated blocks out unless asked (see the untranslated test below).
    expect(parseTmx(await exported('tmx', 'u.tmx', '--include-untranslated')).units.map((u) => u.target)).toEqual(englishes);
    expect(parseTmx(await exported('tmx', 't.tmx')).units.map((u) => u.source)).toEqual(sources.slice(1));
    for (const [format, name, parse] of [
      ['xliff12', 'x.xlf', parseXliff],
      ['xliff20', 'x.xliff', parseXliff],
      ['tsv', 'x.tsv', parseTsv],
      ['csv', 'x.csv', parseCsv],
      ['jsonl', 'x.jsonl', parseJsonl],
    ] as const) {
      const units = parse(await exported(format, name)).units;
      expect(units.map((u) => u.source), format).toEqual(sources);
      expect(units.map((u) => u.target), format).toEqual(englishes);
    }
    await exported('tmx', 's.tmx', '--segmentation', 'sentence', '--include-untranslated');
    expect(parseTmx(readFileSync(join(dir, 's.tmx'), 'utf8')).units.map((u) => u.target)).toEqual(englishes);

    const html = await exported('html', 'x.html');
    expect(html).toContain('Linxi &#60;County&#62; &#38; &#34;town&#34; &#39;village&#39;');
    expect(html).not.toContain('<County>');
    expect(html).toContain('𠮷');

    await exported('docx', 'x.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'x.docx'))))['word/document.xml']!);
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('Linxi &lt;County&gt; &amp;');
    expect(xml).toContain('𠮷野家');

    const zh = await exported('txt', 'x.txt', '--no-headings');
    expect((await runInProcess(['export', projectPath, '--format', 'txt', '--out', join(dir, 'y.txt')])).stdout).toBe(`${join(dir, 'y.txt')}\n${join(dir, 'y.en.txt')}\n`);
    expect(zh).toBe(`${TRICKY.map((t) => t.source).join('\n')}\n`);
    expect(readFileSync(join(dir, 'x.en.txt'), 'utf8')).toBe(`${TRICKY.map((t) => t.target).join('\n')}\n`);
  });

  it('honours the options, refuses to overwrite without --force, and reports usage mistakes', async () => {
    const out = join(dir, 'c.tsv');
    expect(await runInProcess(['export', projectPath, '--format', 'tsv', '--out', out, '--confirmed-only'])).toMatchObject({
      code: 2,
      stderr: 'duizhao: There is nothing to export as TSV: no block matches the export options.\n',
    });
    const store = ProjectStore.open(projectPath);
    const third = store.listBlocks(store.documents()[0]!.id)[3]!;
    store.saveTarget(third.id, 'Third', 'confirmed', T0 + 1);
    store.close();
    expect(await exported('tsv', 'c.tsv', '--confirmed-only')).toBe(`id\tdocument\tkind\tstatus\tzh\ten\nb${third.id}\tdoc\tbody\tconfirmed\t第三\tThird\n`);
    const again = await runInProcess(['export', projectPath, '--format', 'tsv', '--out', out]);
    expect(again).toMatchObject({ code: 2, stderr: `duizhao: A file already exists at ${out}; Duizhao will not overwrite it (use --force to replace it).\n` });
    expect((await runInProcess(['export', projectPath, '--format', 'tsv', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n')).toHaveLength(6);

    expect(await runInProcess(['export', projectPath, '--format', 'pdf', '--out', out])).toMatchObject({ code: 2, stderr: expect.stringContaining('Unknown format "pdf"') });
    expect(await runInProcess(['export', projectPath, '--format', 'tmx'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--out') });
    // --out - streams a text format to standard output and writes no file named "-".
    const piped = await runInProcess(['export', projectPath, '--format', 'jsonl', '--out', '-']);
    expect(piped.code).toBe(0);
    expect(piped.stdout.trim().split('\n').map((line) => JSON.parse(line) as { zh: string })[0]!.zh).toBeTruthy();
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
    expect(await runInProcess(['export', projectPath, '--format', 'docx', '--out', '-'])).toMatchObject({ code: 2 });
    const bad = join(dir, 'bad.xlf');
    writeFileSync(bad, '<html></html>');
    expect(await runInProcess(['translations', 'import', projectPath, bad], { LANG: 'zh_CN.UTF-8' })).toMatchObject({
      code: 2,
      stderr: 'duizhao: 这不是 XLIFF 文件（根元素为 <html>）。\n',
    });
    expect(englishSibling('/a/b.txt')).toBe('/a/b.en.txt');
    expect(englishSibling('/a/b')).toBe('/a/b.en.txt');
  });
});
