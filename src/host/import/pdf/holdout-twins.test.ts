import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLayoutText } from '../../../core/import/layout/index.ts';
import { paragraphBoundaryF1, textAccuracy } from '../../../core/import/metrics.ts';

/**
 * `pdftotext -layout` text of LibreOffice holdout documents (see `fixtures/holdouts.ts`): layouts
 * the importer was not tuned on, held to the same thresholds as the PDF route. Only the text and
 * the expected paragraphs are committed; furniture templates (`#` = page number) must not leak.
 */
const HOLDOUTS = [
  'zh-three-column-figure',
  'zh-two-then-three',
  'en-two-then-three',
  'mixed-two-then-three',
  'zh-three-then-two-figure',
  'en-spacing-three-two-three',
  'mixed-serif-two-three',
  'zh-spacing-three-three',
  'mixed-spacing-two-two',
  'en-spacing-three-figure',
  'en-two-three-two-figure',
];
const fixture = (name: string): URL => new URL(`./fixtures/holdout/${name}`, import.meta.url);

describe('importLayoutText on LibreOffice holdout twins', () => {
  for (const name of HOLDOUTS) {
    it(`${name}: accuracy ≥ 99.5 %, paragraph-boundary F1 ≥ 0.95, no running heads`, () => {
      const expected = JSON.parse(readFileSync(fixture(`${name}.json`), 'utf8')) as { paragraphs: { text: string }[]; furniture: string[] };
      const result = importLayoutText(readFileSync(fixture(`${name}.layout.txt`), 'utf8'));
      const want = expected.paragraphs.map((p) => p.text);
      const got = result.paragraphs.map((p) => p.text);
      expect(textAccuracy(want.join('\n'), got.join('\n'))).toBeGreaterThanOrEqual(0.995);
      expect(paragraphBoundaryF1(want, got)).toBeGreaterThanOrEqual(0.95);
      // A running head may repeat words of the title ("县域观察" over "县域观察：混排样张"):
      // it leaks when it occurs more often than in the typeset text.
      const count = (text: string, part: string): number => text.split(part).length - 1;
      for (const template of expected.furniture) {
        const fixed = template.split('#').sort((a, b) => b.length - a.length)[0]?.trim() ?? '';
        if (fixed.length >= 4) expect(count(got.join('\n'), fixed), fixed).toBeLessThanOrEqual(count(want.join('\n'), fixed));
      }
    });
  }
});
