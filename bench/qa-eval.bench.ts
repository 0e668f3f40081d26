/**
 * QA accuracy on the planted-error set (bench/qa/planted-set.ts, sources in
 * bench/data/qa/SOURCES.md): precision and recall per check and overall, for Duizhao and for
 * translate-toolkit's pofilter on the same units, on the dev split (rules were tuned on it) and
 * on the held-out split (never tuned on). `node bench/qa-eval.bench.ts`.
 */
import { QA_CHECKS, checkUnits, prepareGlossary, type QaCheck } from '../src/core/qa/index.ts';
import { buildEvalSet, evalGlossary, type LabeledUnit } from './qa/planted-set.ts';
import { ratio, score } from './qa/metrics.ts';
import { POFILTER_TESTS, runPofilter } from './qa/pofilter.ts';

const entries = evalGlossary();
const glossary = prepareGlossary(entries);
const documents = buildEvalSet(entries);
const duizhao = new Map<string, Set<string>>();
for (const document of documents) {
  for (const f of checkUnits(document.units, { glossary })) {
    const set = duizhao.get(f.unit) ?? new Set<string>();
    set.add(f.check);
    duizhao.set(f.unit, set);
  }
}
const pofilter = runPofilter(documents);
const covered = new Set<string>(Object.values(POFILTER_TESTS));

const all: LabeledUnit[] = documents.flatMap((d) => d.units);
const verbose = process.argv.includes('--verbose');
for (const split of ['dev', 'holdout'] as const) {
  const units = all.filter((u) => u.split === split);
  const expected = new Map(units.map((u) => [u.id, u.expected] as const));
  const ours = score(expected, duizhao);
  const theirs = pofilter ? score(expected, pofilter) : null;
  console.log(`\n### ${split} split: ${units.length} units, ${units.reduce((n, u) => n + u.expected.length, 0)} expected findings\n`);
  console.log('| check | expected | Duizhao P | Duizhao R | pofilter P | pofilter R |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const check of [...QA_CHECKS, 'overall'] as const) {
    const s = ours.get(check)!;
    const t = theirs?.get(check);
    const has = check === 'overall' || covered.has(check);
    const pf = (v: string): string => (theirs === null ? 'not installed' : has ? v : 'no such test');
    console.log(`| ${check} | ${s.tp + s.fn} | ${ratio(s.tp, s.tp + s.fp)} | ${ratio(s.tp, s.tp + s.fn)} | ${pf(ratio(t?.tp ?? 0, (t?.tp ?? 0) + (t?.fp ?? 0)))} | ${pf(ratio(t?.tp ?? 0, (t?.tp ?? 0) + (t?.fn ?? 0)))} |`);
  }
  if (verbose) {
    for (const u of units) {
      const got = duizhao.get(u.id) ?? new Set<string>();
      const wrong = QA_CHECKS.filter((c: QaCheck) => got.has(c) !== u.expected.includes(c));
      if (wrong.length) console.log(`  ${u.id}: expected [${u.expected}] got [${[...got]}] | ${u.source} | ${u.target}`);
    }
  }
}
console.log('\npofilter tests used (mapped to the Duizhao check they correspond to):', Object.entries(POFILTER_TESTS).map(([t, c]) => `${t}→${c}`).join(', '));
