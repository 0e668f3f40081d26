import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTbx } from '../../core/glossary/tbx.ts';
import type { GlossaryEntryInput } from '../../shared/feature-dto.ts';
import { encodeLegacy } from '../import/testing/legacy-encoder.ts';
import { tempDir } from '../testing/fixtures.ts';
import { createWorkbench, type Workbench } from '../workbench.ts';

const SAMPLE_TBX = fileURLToPath(new URL('../../core/samples/linxi-glossary.tbx', import.meta.url));

let workspace = '';
let cleanup = (): void => {};
const open: Workbench[] = [];
const clock = Date.parse('2026-03-01T08:00:00.000Z');

async function sampleWorkbench(): Promise<Workbench> {
  const wb = createWorkbench({ workspaceDir: workspace, now: () => clock });
  open.push(wb);
  await wb.openSample({});
  return wb;
}

const payload = (fileName: string, bytes: Uint8Array) => ({ fileName, dataBase64: Buffer.from(bytes).toString('base64') });
const utf8 = (fileName: string, text: string) => payload(fileName, new Uint8Array(Buffer.from(text, 'utf8')));
const entry = (source: string, targets: string[], extra: Partial<GlossaryEntryInput> = {}): GlossaryEntryInput => ({
  source, targets, forbidden: [], note: '', caseSensitive: false, ...extra,
});
const code = (expected: string) => expect.objectContaining({ code: expected });

beforeEach(() => ({ dir: workspace, cleanup } = tempDir()));
afterEach(async () => {
  for (const wb of open.splice(0)) await wb.close();
  cleanup();
});

describe('glossary host methods', () => {
  it('ships the sample project with the starter glossary', async () => {
    const wb = await sampleWorkbench();
    const expected = importTbx(readFileSync(SAMPLE_TBX, 'utf8')).entries;
    const entries = await wb.listGlossary({});
    expect(entries).toHaveLength(expected.length);
    expect(entries.map((e) => e.source)).toEqual(expected.map((e) => e.source).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Concept ids survive the import, so the TBX round trip keeps them.
    const first = expected[0]!;
    expect(entries.find((e) => e.source === first.source)).toEqual(first);
  });

  it('creates, updates and deletes entries, validating term and translation', async () => {
    const wb = await sampleWorkbench();
    await expect(wb.saveGlossaryEntry({ entry: entry('  ', ['x']) })).rejects.toEqual(code('glossary:errors.emptyTerm'));
    await expect(wb.saveGlossaryEntry({ entry: entry('党建', [' ', '']) })).rejects.toEqual(code('glossary:errors.noTranslation'));

    const saved = await wb.saveGlossaryEntry({ entry: entry(' 测试术语 ', ['test term ', 'test term', 'trial term'], { forbidden: ['exam'], partOfSpeech: ' ' }) });
    expect(saved.id).toMatch(/^term-[0-9a-f-]{36}$/u);
    expect(saved).toEqual({ id: saved.id, source: '测试术语', targets: ['test term', 'trial term'], forbidden: ['exam'], note: '', caseSensitive: false });

    const edited = await wb.saveGlossaryEntry({ entry: { ...saved, targets: ['pilot term'], note: 'n' } });
    expect(edited).toMatchObject({ id: saved.id, targets: ['pilot term'], note: 'n' });
    expect((await wb.listGlossary({})).filter((e) => e.source === '测试术语')).toEqual([edited]);

    await wb.deleteGlossaryEntry({ id: saved.id });
    await wb.deleteGlossaryEntry({ id: 'no-such-id' });
    expect((await wb.listGlossary({})).some((e) => e.source === '测试术语')).toBe(false);
  });

  it('imports a GB18030 CSV, merging known terms and reporting skipped rows', async () => {
    const wb = await sampleWorkbench();
    const before = await wb.listGlossary({});
    const known = before.find((e) => e.source === '脱贫攻坚')!;
    const csv = ['zh,en,forbidden,note', '脱贫攻坚,poverty eradication,,', '新词,new word; neologism,old word,注释', ',orphan,,', '新词,again,,', 'x,"broken'].join('\r\n');
    const summary = await wb.importGlossary({ file: payload('terms.csv', encodeLegacy('gb18030', csv)) });
    expect(summary.added).toBe(1);
    expect(summary.updated).toBe(1);
    expect(summary.skipped.map((s) => s.reason)).toEqual(['emptyTerm', 'duplicate', 'badQuoting']);

    const after = await wb.listGlossary({});
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((e) => e.id === known.id)!.targets).toEqual([...known.targets, 'poverty eradication']);
    expect(after.find((e) => e.source === '新词')).toMatchObject({ targets: ['new word', 'neologism'], forbidden: ['old word'], note: '注释' });

    // Importing the same file again changes nothing.
    expect(await wb.importGlossary({ file: payload('terms.csv', encodeLegacy('gb18030', csv)) })).toMatchObject({ added: 0, updated: 0 });
  });

  it('sniffs TSV content under a .txt name and TBX under a .xml name', async () => {
    const wb = await sampleWorkbench();
    expect(await wb.importGlossary({ file: utf8('list.txt', 'zh\ten\n甲乙\talpha beta\n') })).toMatchObject({ added: 1, updated: 0 });
    const tbx = readFileSync(SAMPLE_TBX, 'utf8').replace('<term>林西县</term>', '<term>林西县城</term>');
    expect(await wb.importGlossary({ file: utf8('glossary.xml', tbx) })).toMatchObject({ added: 1 });
    await expect(wb.importGlossary({ file: utf8('bad.csv', 'foo,bar\n1,2\n') })).rejects.toEqual(code('glossary:errors.csvHeader'));
  });

  it('exports TBX that round-trips, and CSV/TSV, saving copies in the exports folder', async () => {
    const wb = await sampleWorkbench();
    await wb.saveGlossaryEntry({ entry: entry('GDP', ['GDP'], { caseSensitive: true, forbidden: ['gdp'], partOfSpeech: 'noun', note: 'n' }) });
    const entries = await wb.listGlossary({});
    const tbx = await wb.exportGlossary({ format: 'tbx' });
    expect(tbx.fileName).toMatch(/-glossary\.tbx$/u);
    expect(tbx.savedTo.startsWith(join(workspace, 'exports'))).toBe(true);
    expect(readFileSync(tbx.savedTo).toString('base64')).toBe(tbx.dataBase64);
    const reread = importTbx(Buffer.from(tbx.dataBase64, 'base64').toString('utf8')).entries;
    expect(reread.sort((a, b) => (a.source < b.source ? -1 : 1))).toEqual(entries);

    const again = await wb.exportGlossary({ format: 'tbx' });
    expect(again.savedTo).not.toBe(tbx.savedTo);
    expect(existsSync(tbx.savedTo)).toBe(true);

    for (const format of ['csv', 'tsv'] as const) {
      const file = await wb.exportGlossary({ format });
      const text = Buffer.from(file.dataBase64, 'base64').toString('utf8');
      expect(text.startsWith(`\uFEFFzh${format === 'csv' ? ',' : '\t'}en`)).toBe(true);
      expect(text).toContain('脱贫攻坚');
      // Re-importing our own export into the same project finds nothing new.
      expect(await wb.importGlossary({ file: payload(file.fileName, Buffer.from(file.dataBase64, 'base64')) })).toMatchObject({ added: 0, updated: 0, skipped: [] });
    }
  });

  it('refuses glossary calls without an open project', async () => {
    const wb = createWorkbench({ workspaceDir: workspace });
    open.push(wb);
    await expect(wb.listGlossary({})).rejects.toEqual(code('host:errors.noProject'));
  });
});
