/**
 * Test-support sweep over the banded generator: 2 languages × 4 section plans × gutters 1–3 ×
 * aligned / interleaved rows (48 cases), each scored with the import metrics. Run it with
 * `node src/core/import/layout/banded-sweep.run.mjs` (prints one line per case and a summary);
 * `banded.test.ts` holds every case to the thresholds except the ones listed as known failures.
 */
import { paragraphBoundaryF1, textAccuracy } from '../metrics.ts';
import { buildBandedFixture } from './banded-fixture.ts';
import type { BandedOptions } from './banded-fixture.ts';
import { importLayoutText } from './import-layout.ts';

const PLANS: readonly (readonly (2 | 3)[])[] = [[2], [3, 2], [2, 3], [2, 2]];

/**
 * The 48 sweep cases, in a fixed order with a seed per case (500, 507, …). Measures cycle through
 * five values per language so every plan sees narrow and wide columns.
 */
export function bandedSweepCases(): BandedOptions[] {
  const out: BandedOptions[] = [];
  let i = 0;
  for (const language of ['zh', 'en'] as const) {
    for (const sections of PLANS) {
      for (let gutter = 1; gutter <= 3; gutter++) {
        for (const interleave of [true, false]) {
          const measureEm = (language === 'zh' ? 16 : 20) + ((i + 1) % 5);
          out.push({ seed: 500 + 7 * i, language, pages: 2, sections, paragraphs: 4, measureEm, gutter, interleave });
          i++;
        }
      }
    }
  }
  return out;
}

/** Score of one case. `columnsOk` says whether the widest section was found with its column count. */
export interface SweepResult {
  readonly options: BandedOptions;
  readonly accuracy: number;
  readonly f1: number;
  readonly furnitureLeaked: boolean;
  readonly columnsOk: boolean;
  readonly passed: boolean;
  readonly ms: number;
}

/** A short, stable name of a case (used as test title and in the sweep table). */
export function sweepLabel(o: BandedOptions): string {
  return `${o.language} ${o.sections.join('+')} cols, gutter ${o.gutter}, ${o.interleave ? 'interleaved' : 'aligned'} (seed ${o.seed}, ${o.measureEm} em)`;
}

/** Imports and scores one case against the thresholds (accuracy ≥ 0.995, F1 ≥ 0.95). `now` times the import when given. */
export function runSweepCase(o: BandedOptions, now?: () => number): SweepResult {
  const fixture = buildBandedFixture(o);
  const t0 = now?.() ?? 0;
  const result = importLayoutText(fixture.text);
  const ms = (now?.() ?? 0) - t0;
  const expected = fixture.blocks.map((b) => b.text);
  const actual = result.paragraphs.map((p) => p.text);
  const accuracy = textAccuracy(expected.join('\n'), actual.join('\n'));
  const f1 = paragraphBoundaryF1(expected, actual);
  const joined = actual.join('\n');
  const furnitureLeaked = fixture.furniture.some((f) => joined.includes(f));
  const columnsOk = Math.max(...result.layout.columnsPerPage) === Math.max(...o.sections);
  return { options: o, accuracy, f1, furnitureLeaked, columnsOk, ms, passed: accuracy >= 0.995 && f1 >= 0.95 && !furnitureLeaked && columnsOk };
}

/** Formats sweep results as a table with a pass count. */
export function formatSweep(results: readonly SweepResult[]): string {
  const lines = results.map(
    (r) =>
      `${r.passed ? 'PASS' : 'FAIL'}  acc ${r.accuracy.toFixed(4)}  F1 ${r.f1.toFixed(3)}${r.columnsOk ? '' : '  columns!'}${r.furnitureLeaked ? '  furniture!' : ''}  ${r.ms.toFixed(1)} ms  ${sweepLabel(r.options)}`,
  );
  lines.push(`passed ${results.filter((r) => r.passed).length}/${results.length}`);
  return lines.join('\n');
}
