/**
 * QA speed: `node bench/qa.bench.ts`. An 8,000-row project built from the evaluation pairs
 * (bench/data/qa/pairs.tsv, with numbers varied so rows differ) and a 2,000-entry glossary
 * (the set's terms plus generated ones). Times the whole-project QA (every check, consistency
 * included) and the re-check of one edited row, beside a baseline measured in the same run: one
 * plain pass that lower-cases every row's English (the least any checker must do). Medians.
 */
import { checkUnit, checkUnits, prepareGlossary, type QaUnit } from '../src/core/qa/index.ts';
import type { GlossaryEntry } from '../src/core/glossary/index.ts';
import { seededRandom } from '../src/core/text/random.ts';
import { buildEvalSet, evalGlossary } from './qa/planted-set.ts';

const ROWS = 8_000;
const random = seededRandom(13);
const base = buildEvalSet()[0]!.units;
const units: QaUnit[] = Array.from({ length: ROWS }, (_, k) => {
  const u = base[k % base.length]!;
  const n = String(1 + Math.floor(random() * 9000));
  return { id: String(k), source: `${u.source}${n}`, target: `${u.target} ${n}` };
});
const extra: GlossaryEntry[] = Array.from({ length: 2_000 }, (_, k) => ({
  id: `g${k}`, source: String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000), 0x4e00 + Math.floor(random() * 0x5000)), targets: [`term ${k}`], forbidden: [], note: '', caseSensitive: false,
}));
const glossary = prepareGlossary([...evalGlossary(), ...extra]);

function median(run: () => void, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

let sink = 0;
const baseline = (): void => { for (const u of units) sink += u.target.toLowerCase().length; };
const whole = (): void => { sink += checkUnits(units, { glossary }).length; };
const row = units[1234]!;
const one = (): void => { sink += checkUnit(row, { glossary }).length; };
median(whole, 2); // warm-up
const baselineMs = median(baseline, 7);
const wholeMs = median(whole, 5);
const oneMs = median(() => { for (let k = 0; k < 100; k++) one(); }, 7) / 100;

console.log('| what | median | ratio to baseline | goal |');
console.log('|---|---:|---:|---|');
console.log(`| baseline: lower-case every row's English (${ROWS} rows) | ${baselineMs.toFixed(2)} ms | 1.0× | |`);
console.log(`| QA of ${ROWS} rows (every check, consistency, 2,000-entry glossary) | ${wholeMs.toFixed(1)} ms | ${(wholeMs / baselineMs).toFixed(1)}× | ≤ 1,000 ms |`);
console.log(`| re-check one edited row | ${oneMs.toFixed(3)} ms | ${(oneMs / (baselineMs / ROWS)).toFixed(1)}× (per row) | < 16 ms |`);
if (sink < 0) console.log(sink);
