import { describe, expect, it } from 'vitest';
import { paragraphBoundaryF1, textAccuracy } from '../metrics.ts';
import { importLayoutText } from './index.ts';
import { buildLayoutFixture } from './layout-fixture.ts';
import type { FixtureOptions } from './layout-fixture.ts';

const cases: FixtureOptions[] = [];
for (const language of ['zh', 'en'] as const) {
  for (const columnsPerPage of [1, 2, 3, 4] as const) {
    for (const pagesPerSheet of [1, 2] as const) {
      const k = cases.length;
      cases.push({
        seed: 1000 + k * 17,
        language,
        sheets: 2,
        pagesPerSheet,
        columnsPerPage,
        rowsPerColumn: 26 + (k % 3) * 4,
        measureEm: (language === 'zh' ? 14 : 19) + (4 - columnsPerPage) * 2 + (k % 4),
        jitter: k % 2,
        placement: k % 3 === 0 ? 'display' : 'pdftotext',
        runningHeads: k % 4 !== 1,
        folios: pagesPerSheet === 2 || k % 3 !== 2,
        slugs: k % 2 === 0,
        halfWidthPunctuation: language === 'zh' && k % 2 === 1,
      });
    }
  }
}

describe('importLayoutText on generated layouts', () => {
  it.each(cases.map((c) => [`${c.language} ${c.columnsPerPage} col × ${c.pagesPerSheet} page, ${c.placement}, drift ${c.jitter}`, c] as const))(
    '%s',
    (_name, options) => {
      const fixture = buildLayoutFixture(options);
      const result = importLayoutText(fixture.text);
      const expected = fixture.blocks.map((b) => b.text);
      const actual = result.paragraphs.map((p) => p.text);
      expect(textAccuracy(expected.join('\n'), actual.join('\n'))).toBeGreaterThanOrEqual(0.995);
      expect(paragraphBoundaryF1(expected, actual)).toBeGreaterThanOrEqual(0.95);
      expect(result.layout.pages).toBe(options.sheets * options.pagesPerSheet);
      expect(result.layout.columnsPerPage.every((n) => n === options.columnsPerPage)).toBe(true);
      const text = actual.join('\n');
      for (const f of fixture.furniture) expect(text).not.toContain(f);
      const headings = result.paragraphs.filter((p) => p.kind === 'heading').length;
      expect(Math.abs(headings - fixture.blocks.filter((b) => b.kind === 'heading').length)).toBeLessThanOrEqual(1);
    },
  );

  it('the generator makes columns drift in display width when placing by character index', () => {
    const fixture = buildLayoutFixture({ ...(cases[3] as FixtureOptions), language: 'zh', placement: 'pdftotext', columnsPerPage: 3, jitter: 0 });
    const starts = fixture.text
      .split('\n')
      .map((l) => /^(\s*\S+(?: {1,2}\S+)*)( {3,})\S/u.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => Array.from(m[1] ?? '').reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef“”]/u.test(ch) ? 2 : 1), 0) + (m[2]?.length ?? 0));
    expect(Math.max(...starts) - Math.min(...starts)).toBeGreaterThanOrEqual(4);
  });
});
