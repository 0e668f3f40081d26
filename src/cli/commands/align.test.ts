import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { docx, heading, para } from '../../core/import/docx/testing/docx-builder.ts';
import { beadsTile } from '../../core/align/index.ts';
import { ProjectStore } from '../../host/storage/project-store.ts';
import { tempDir } from '../../host/testing/fixtures.ts';
import { runInProcess, spawnCli } from '../testing/cli-runs.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const ZH = ['世界人权宣言', '人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心，并应以兄弟关系的精神相对待。', '第三条', '人人有权享有生命、自由和人身安全。'];
const EN = ['Universal Declaration of Human Rights', 'All human beings are born free and equal in dignity and rights.', 'They are endowed with reason and conscience and should act towards one another in a spirit of brotherhood.', 'Article 3', 'Everyone has the right to life, liberty and security of person.'];

function write(name: string, text: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

interface AlignJson {
  zh: string[];
  en: string[];
  beads: { zh: number[]; en: number[]; score: number }[];
}

describe('duizhao align', () => {
  it('--lines --json prints every line as a segment and beads that cover each exactly once', async () => {
    const run = await runInProcess(['align', write('zh.txt', ZH.join('\n\n')), write('en.txt', EN.join('\n')), '--lines', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as AlignJson;
    expect(Object.keys(out)).toEqual(['zh', 'en', 'beads']);
    expect(out.zh).toEqual(ZH);
    expect(out.en).toEqual(EN);
    expect(beadsTile(out.beads, ZH.length, EN.length)).toBe(true);
    expect(out.beads.map((b) => [b.zh, b.en])).toEqual([[[0], [0]], [[1], [1, 2]], [[2], [3]], [[3], [4]]]);
    for (const b of out.beads) expect(b.score).toBeGreaterThan(0.5);
  }, 60_000);

  it('aligns two DOCX files by paragraph then sentence, and --out stores the English as draft', async () => {
    const zhDocx = write('宣言.docx', docx([heading(ZH[0] ?? ''), para(ZH[1] ?? ''), heading(ZH[2] ?? ''), para(ZH[3] ?? '')]));
    const enDocx = write('declaration.docx', docx([heading(EN[0] ?? ''), para(`${EN[1]} ${EN[2]}`), heading(EN[3] ?? ''), para(EN[4] ?? '')]));
    const json = await runInProcess(['align', zhDocx, enDocx, '--json']);
    expect(json.stderr).toBe('');
    const out = JSON.parse(json.stdout) as AlignJson;
    expect(out.zh).toEqual([ZH[0], '人人生而自由，在尊严和权利上一律平等。', '他们赋有理性和良心，并应以兄弟关系的精神相对待。', ZH[2], ZH[3]]);
    expect(out.en).toEqual(EN);
    expect(out.beads.map((b) => [b.zh, b.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]], [[3], [3]], [[4], [4]]]);

    const project = join(dir, 'aligned.duizhao');
    const made = await runInProcess(['align', zhDocx, enDocx, '--out', project]);
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toBe(project);
    const store = ProjectStore.open(project);
    try {
      const [document] = store.documents();
      const blocks = store.listBlocks(document?.id ?? 0);
      expect(blocks.map((b) => b.source)).toEqual(ZH);
      expect(blocks.map((b) => b.target)).toEqual([EN[0], `${EN[1]} ${EN[2]}`, EN[3], EN[4]]);
      expect(blocks.map((b) => b.status)).toEqual(['draft', 'draft', 'draft', 'draft']);
    } finally {
      store.close();
    }
    const again = await runInProcess(['align', zhDocx, enDocx, '--out', project]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('will not overwrite');
  }, 60_000);

  it('refuses hostile or mismatched input with one translated line and no project', () => {
    const zh = write('zh.txt', ZH.join('\n'));
    const en = write('en.txt', EN.join('\n'));
    const empty = write('empty.txt', '');
    const blank = write('blank.txt', '\n \n\t\n');
    const huge = write('huge.txt', '中文测试'.repeat(2_600_000));
    const out = join(dir, 'never.duizhao');
    const cases: [string[], RegExp][] = [
      [[zh, empty, '--json'], /empty\.txt has no text to align/u],
      [[zh, blank, '--lines', '--json'], /blank\.txt has no text to align/u],
      [[en, en, '--json'], /does not look like Chinese/u],
      [[zh, zh, '--out', out], /does not look like English/u],
      [[en, zh, '--json'], /the other way round/u],
      [[huge, en, '--lines', '--json'], /segment of 10400000 characters/u],
      [[huge, en, '--out', out], /longer than 20000 characters/u],
    ];
    for (const [args, message] of cases) {
      const started = Date.now();
      const run = spawnCli(dir, ['align', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(Date.now() - started).toBeLessThan(20_000);
    }
    expect(existsSync(out)).toBe(false);
    expect(spawnCli(dir, ['align', zh, empty, '--json'], { LANG: 'zh_CN.UTF-8' }).stderr).toContain('没有可对齐的文字');
  }, 120_000);

  it('warns when the segment counts are far apart, and explains its usage', async () => {
    const run = await runInProcess(['align', write('zh.txt', ZH.join('\n')), write('en.txt', [...EN, ...EN, ...EN, ...EN].join('\n')), '--lines', '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('very different counts');
    expect(beadsTile((JSON.parse(run.stdout) as AlignJson).beads, 4, 20)).toBe(true);
    const usage = await runInProcess(['align', 'only-one.txt', '--json']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('exactly two files');
    expect((await runInProcess(['align', '--help'])).stdout).toContain('--lines');
    expect(readFileSync(new URL('../../../locales/zh-CN/align.json', import.meta.url), 'utf8')).toContain('countMismatch');
  }, 60_000);
});
