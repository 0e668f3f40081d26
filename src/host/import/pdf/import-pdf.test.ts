import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphBoundaryF1, textAccuracy } from '../../../core/import/metrics.ts';
import type { ImportResult } from '../../../core/model/index.ts';
import { importPdf } from './import-pdf.ts';
import { minimalPdf } from './testing/minimal-pdf.ts';

interface Expected {
  readonly paragraphs: readonly { readonly kind: string; readonly text: string }[];
  /** Running head and foot templates; `#` is the page number. */
  readonly furniture: readonly string[];
}

const FIXTURES = ['zh-two-column', 'en-two-column', 'mixed-three-column'];
const fixture = (name: string): URL => new URL(`./fixtures/${name}`, import.meta.url);
const readBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(fixture(name)));
const readExpected = (name: string): Expected => JSON.parse(readFileSync(fixture(`${name}.json`), 'utf8')) as Expected;
const squash = (text: string): string => text.replace(/\s+/g, '');

function furniturePattern(template: string): RegExp {
  const escaped = squash(template).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return new RegExp(escaped.replace('#', '\\d+'));
}

function expectFaithful(result: ImportResult, expected: Expected): void {
  const want = expected.paragraphs.map((p) => p.text);
  const got = result.paragraphs.map((p) => p.text);
  expect(textAccuracy(want.join('\n'), got.join('\n'))).toBeGreaterThanOrEqual(0.995);
  expect(paragraphBoundaryF1(want, got)).toBeGreaterThanOrEqual(0.95);
  // Bare folio templates ("#") are covered by the page-number check below.
  for (const template of expected.furniture.filter((t) => /[^#\s]/.test(t))) {
    const pattern = furniturePattern(template);
    expect(got.filter((t) => pattern.test(squash(t)))).toEqual([]);
  }
  expect(got.filter((t) => /^\s*(?:第\s*)?\d{1,3}\s*(?:页)?\s*$/.test(t))).toEqual([]);
}

describe('importPdf on generated LibreOffice documents', () => {
  for (const name of FIXTURES) {
    it(`${name}: typeset text and paragraphs come back, furniture does not`, async () => {
      const expected = readExpected(name);
      const pages: number[] = [];
      const result = await importPdf(readBytes(`${name}.pdf`), { onProgress: (done) => pages.push(done) });
      expect(result.layout.format).toBe('pdf');
      expect(pages).toEqual(Array.from({ length: result.layout.pages }, (_, i) => i + 1));
      expectFaithful(result, expected);
      const captions = expected.paragraphs.filter((p) => p.kind === 'caption').map((p) => squash(p.text));
      expect(captions.length).toBeGreaterThan(0);
      expect(result.paragraphs.filter((p) => p.kind === 'caption').map((p) => squash(p.text))).toEqual(captions);
      const headings = expected.paragraphs.filter((p) => p.kind === 'heading').map((p) => squash(p.text));
      expect(result.paragraphs.filter((p) => p.kind === 'heading').map((p) => squash(p.text))).toEqual(headings);
      expect(new Set(result.dropped.map((d) => d.page))).toEqual(new Set(pages));
    });
  }

  it('finds three columns above two on the mixed page', async () => {
    const result = await importPdf(readBytes('mixed-three-column.pdf'));
    expect(result.layout.columnsPerPage[0]).toBe(3);
    expect(result.layout.columnsPerPage).toContain(2);
  });
});

describe('importPdf edge cases', () => {
  it('keeps Chinese set in a non-embedded Adobe-GB1 font (the cMaps are found)', async () => {
    const result = await importPdf(minimalPdf({ cjkText: '林西县在推进脱贫攻坚', latinText: 'Linxi County' }));
    expect(result.paragraphs.map((p) => p.text)).toEqual(['林西县在推进脱贫攻坚', 'Linxi County']);
  });

  it('repairs half-width punctuation in Chinese only when asked', async () => {
    const bytes = minimalPdf({ cjkText: '林西县,推进(脱贫)攻坚' });
    expect((await importPdf(bytes)).paragraphs[0]?.text).toBe('林西县,推进(脱贫)攻坚');
    const repaired = await importPdf(bytes, { repairPunctuation: true });
    expect(repaired.paragraphs[0]?.text).toBe('林西县，推进（脱贫）攻坚');
    expect(repaired.punctuationRepairs).toBe(3);
  });

  it('rejects a password-protected PDF', async () => {
    await expect(importPdf(readBytes('encrypted.pdf'))).rejects.toMatchObject({ code: 'import-pdf:errors.encrypted' });
  });

  it('rejects truncated and non-PDF input as corrupt', async () => {
    const whole = readBytes('zh-two-column.pdf');
    await expect(importPdf(whole.slice(0, whole.length >> 1))).rejects.toMatchObject({ code: 'import-pdf:errors.corrupt' });
    await expect(importPdf(whole.slice(0, 200))).rejects.toMatchObject({ code: 'import-pdf:errors.corrupt' });
    await expect(importPdf(new TextEncoder().encode('not a pdf'))).rejects.toMatchObject({ code: 'import-pdf:errors.corrupt' });
  });

  it('rejects an image-only (scanned) PDF: no OCR', async () => {
    await expect(importPdf(minimalPdf({ image: true }))).rejects.toMatchObject({ code: 'import-pdf:errors.noText' });
  });

  it('stops between pages when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = importPdf(readBytes('zh-two-column.pdf'), {
      signal: controller.signal,
      onProgress: (done) => {
        seen.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'import-pdf:errors.cancelled' });
    expect(seen).toEqual([1]);
    const aborted = AbortSignal.abort();
    await expect(importPdf(readBytes('zh-two-column.pdf'), { signal: aborted })).rejects.toMatchObject({ code: 'import-pdf:errors.cancelled' });
  });

  it('gives up on a page that exceeds the time bound instead of hanging', async () => {
    await expect(importPdf(readBytes('zh-two-column.pdf'), { timeoutMs: 1 })).rejects.toMatchObject({ code: 'import-pdf:errors.timeout' });
  });
});
