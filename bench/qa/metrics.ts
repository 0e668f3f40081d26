/** Precision and recall per check from expected and found (unit, check) pairs. */
import { QA_CHECKS, type QaCheck } from '../../src/core/qa/index.ts';

/** Counts for one check. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores per check plus `overall`; `found`/`expected` map unit id → checks. */
export function score(expected: ReadonlyMap<string, readonly QaCheck[]>, found: ReadonlyMap<string, ReadonlySet<string>>): Map<QaCheck | 'overall', Score> {
  const scores = new Map<QaCheck | 'overall', Score>([...QA_CHECKS, 'overall' as const].map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const overall = scores.get('overall') as Score;
  for (const [unit, checks] of expected) {
    const got = found.get(unit) ?? new Set<string>();
    for (const check of QA_CHECKS) {
      const s = scores.get(check) as Score;
      const want = checks.includes(check);
      const has = got.has(check);
      if (want && has) { s.tp++; overall.tp++; }
      else if (has) { s.fp++; overall.fp++; }
      else if (want) { s.fn++; overall.fn++; }
    }
  }
  return scores;
}

/** "0.97" or "—" when undefined (no positives). */
export function ratio(num: number, den: number): string {
  return den === 0 ? '—' : (num / den).toFixed(2);
}
