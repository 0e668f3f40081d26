import type { Bead } from './types.ts';

/** Precision, recall and F1 of predicted beads against a reference. */
export interface F1Score {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly matched: number;
  readonly predicted: number;
  readonly reference: number;
}

const key = (b: Pick<Bead, 'zh' | 'en'>): string => `${b.zh.join(',')}|${b.en.join(',')}`;

/**
 * Strict bead F1: a predicted bead counts only when the reference has exactly the same Chinese
 * and English index lists; null beads (one side empty) count like any other bead.
 */
export function strictF1(predicted: readonly Pick<Bead, 'zh' | 'en'>[], reference: readonly Pick<Bead, 'zh' | 'en'>[]): F1Score {
  const ref = new Set(reference.map(key));
  let matched = 0;
  for (const b of predicted) if (ref.has(key(b))) matched++;
  const precision = predicted.length ? matched / predicted.length : 0;
  const recall = reference.length ? matched / reference.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, matched, predicted: predicted.length, reference: reference.length };
}

/**
 * True when `beads` are in order and cover 0…nz−1 and 0…ne−1 exactly once each: the contract of
 * every aligner output (and of `duizhao align --json`).
 */
export function beadsTile(beads: readonly Pick<Bead, 'zh' | 'en'>[], nz: number, ne: number): boolean {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    if (b.zh.length === 0 && b.en.length === 0) return false;
    for (const z of b.zh) if (z !== i++) return false;
    for (const e of b.en) if (e !== j++) return false;
  }
  return i === nz && j === ne;
}
