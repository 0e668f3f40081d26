import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLayoutText } from '../../../core/import/layout/index.ts';
import { paragraphBoundaryF1, textAccuracy } from '../../../core/import/metrics.ts';

/**
 * The `pdftotext -layout` twins of the generated PDFs through the layout-text importer, held to
 * the same thresholds as the PDF route (text accuracy ≥ 99.5 %, paragraph-boundary F1 ≥ 0.95).
 */
const FIXTURES = ['zh-two-column', 'en-two-column', 'mixed-three-column'];
const fixture = (name: string): URL => new URL(`./fixtures/${name}`, import.meta.url);

describe('importLayoutText on the pdftotext -layout twins', () => {
  for (const name of FIXTURES) {
    it(`${name}: same thresholds as the PDF route`, () => {
      const expected = JSON.parse(readFileSync(fixture(`${name}.json`), 'utf8')) as { paragraphs: { text: string }[] };
      const result = importLayoutText(readFileSync(fixture(`${name}.layout.txt`), 'utf8'));
      const want = expected.paragraphs.map((p) => p.text);
      const got = result.paragraphs.map((p) => p.text);
      expect(textAccuracy(want.join('\n'), got.join('\n'))).toBeGreaterThanOrEqual(0.995);
      expect(paragraphBoundaryF1(want, got)).toBeGreaterThanOrEqual(0.95);
    });
  }
});
