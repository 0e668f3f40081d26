import { describe, expect, it } from 'vitest';
import { paragraphBoundaryF1, textAccuracy } from '../metrics.ts';
import { buildBandedFixture } from './banded-fixture.ts';
import { bandedSweepCases } from './banded-sweep.ts';
import type { BandedOptions } from './banded-fixture.ts';
import { importLayoutText } from './index.ts';

/**
 * The whole banded sweep (see `banded-sweep.ts`: 2 languages × 4 section plans × gutters 1–3 ×
 * aligned / interleaved rows) except the cases that still fail, listed here by seed with the
 * reason. A passing case that fails, and a listed case that starts passing, both fail this
 * file (the second by the ratchet below), so the list stays exact. Run
 * `node src/core/import/layout/banded-sweep.run.mjs` for the scores of all 48.
 */
const KNOWN_FAILING: ReadonlyMap<number, string> = new Map([
  // Paragraph breaks: a full-but-one last line (no room by the 1 em fit slack) with a first-line
  // indent hidden by the generator's 0–2 character pull of the right column.
  [507, 'missed break at a column top'],
  [521, 'missed break at a column top'],
  [619, 'missed break'],
  [640, 'missed break'],
  [647, 'missed break and a number moved to the wrong column'],
  [710, 'missed break'],
  // Column assignment: one-space gutters where text runs together and the right column is
  // pulled left, so neither gaps nor positions separate the columns on many rows.
  [500, 'run-together rows'],
  [528, 'numbers of run-together rows go to the wrong column'],
  [542, 'three narrow interleaved columns with one-space gutters'],
  [549, 'run-together rows'],
  [556, 'run-together rows'],
  [584, 'three narrow interleaved columns found as two'],
  [591, 'run-together rows in the three-column section'],
  [612, 'three-column section below two columns mis-split'],
  [633, 'run-together rows'],
  [661, 'run-together rows'],
  [752, 'three narrow interleaved columns with one-space gutters'],
  [759, 'run-together rows'],
  [766, 'three-column section mis-split'],
]);

const CASES: readonly BandedOptions[] = bandedSweepCases().filter((o) => !KNOWN_FAILING.has(o.seed));

const label = (o: BandedOptions): string =>
  `${o.language} ${o.sections.join('+')} columns, gutter ${o.gutter}, ${o.interleave ? 'interleaved' : 'aligned'} rows (seed ${o.seed})`;

/** Why a case misses the bar (empty when it passes): the same checks the passing cases assert. */
function shortfalls(o: BandedOptions): string[] {
  const fixture = buildBandedFixture(o);
  const result = importLayoutText(fixture.text);
  const expected = fixture.blocks.map((b) => b.text);
  const actual = result.paragraphs.map((p) => p.text);
  const out: string[] = [];
  const accuracy = textAccuracy(expected.join('\n'), actual.join('\n'));
  const f1 = paragraphBoundaryF1(expected, actual);
  if (accuracy < 0.995) out.push(`accuracy ${accuracy.toFixed(4)} < 0.995`);
  if (f1 < 0.95) out.push(`paragraph-boundary F1 ${f1.toFixed(3)} < 0.95`);
  const text = actual.join('\n');
  for (const f of fixture.furniture) if (text.includes(f)) out.push(`furniture "${f}" in the text`);
  // A three-column section is found as three columns even on a page that also has two.
  const columns = Math.max(...result.layout.columnsPerPage);
  if (columns !== Math.max(...o.sections)) out.push(`${columns} columns found, ${Math.max(...o.sections)} set`);
  return out;
}

describe('importLayoutText on narrow-gutter banded layouts', () => {
  it('covers most of the sweep', () => {
    expect(CASES.length).toBe(bandedSweepCases().length - KNOWN_FAILING.size);
    expect(CASES.length).toBeGreaterThanOrEqual(29);
  });
  it.each(CASES.map((o) => [label(o), o] as const))('%s', (_name, o) => {
    expect(shortfalls(o)).toEqual([]);
  });
  // The ratchet: a known failure that starts passing must leave KNOWN_FAILING, so that it is
  // guarded from then on.
  const failing = bandedSweepCases().filter((o) => KNOWN_FAILING.has(o.seed));
  it.each(failing.map((o) => [label(o), o] as const))('still fails, as listed: %s', (_name, o) => {
    expect(
      shortfalls(o).length,
      `seed ${o.seed} passes now: remove it from KNOWN_FAILING in banded.test.ts (it then runs with the passing cases)`,
    ).toBeGreaterThan(0);
  });
});

describe('the banded generator', () => {
  const fixture = buildBandedFixture({ seed: 42, language: 'zh', pages: 2, sections: [3, 2], paragraphs: 4, measureEm: 17, gutter: 1, interleave: true });
  const lines = fixture.text.split('\n');
  it('runs neighbouring columns together after a single space on some rows', () => {
    expect(lines.some((l) => /[\u4e00-\u9fff，。、”）] [\u4e00-\u9fff“（]/u.test(l.trim()))).toBe(true);
  });
  it('interleaves columns whose baselines differ: rows whose text starts far from the margin', () => {
    expect(lines.filter((l) => /^ {15,}[\u4e00-\u9fff“（]/u.test(l)).length).toBeGreaterThan(5);
  });
  it('centres spanning headings between the sections on rows of their own', () => {
    const headings = fixture.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings.length).toBeGreaterThanOrEqual(3);
    for (const h of headings) expect(lines.some((l) => / {5,}/u.test(l) && l.trim() === h)).toBe(true);
  });
});
