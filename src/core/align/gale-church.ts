import { searchPath } from './search.ts';
import type { Bead, BeadShape } from './types.ts';

/** Gale & Church (1993) bead priors: −log of 0.89 (1-1), 0.0099/2 (1-0, 0-1), 0.089/2 (2-1, 1-2), 0.011 (2-2). */
const GC_SHAPES: readonly BeadShape[] = [
  { zh: 1, en: 1, prior: -Math.log(0.89) },
  { zh: 1, en: 0, prior: -Math.log(0.0099 / 2) },
  { zh: 0, en: 1, prior: -Math.log(0.0099 / 2) },
  { zh: 2, en: 1, prior: -Math.log(0.089 / 2) },
  { zh: 1, en: 2, prior: -Math.log(0.089 / 2) },
  { zh: 2, en: 2, prior: -Math.log(0.011) },
];
const VARIANCE = 6.8;

function normalTail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return Math.max(2 * 0.3989422804014327 * Math.exp((-x * x) / 2) * poly, 1e-12);
}

/**
 * The plain length-based Gale–Church aligner (characters, no lexical evidence), kept as the
 * baseline the bench compares against. The expected ratio is the texts' own English/Chinese
 * character ratio, variance 6.8 as in the paper; same search as the real aligner.
 */
export function galeChurch(zh: readonly string[], en: readonly string[]): Bead[] {
  const lz = zh.map((s) => s.replace(/\s+/gu, '').length);
  const le = en.map((s) => s.replace(/\s+/gu, '').length);
  const sz = lz.reduce((a, b) => a + b, 0);
  const se = le.reduce((a, b) => a + b, 0);
  const c = sz > 0 && se > 0 ? se / sz : 1;
  const prefixZ = [0];
  const prefixE = [0];
  for (const x of lz) prefixZ.push((prefixZ[prefixZ.length - 1] ?? 0) + x);
  for (const x of le) prefixE.push((prefixE[prefixE.length - 1] ?? 0) + x);
  const cost = (i: number, j: number, shape: BeadShape): number => {
    if (shape.zh === 0 || shape.en === 0) return shape.prior;
    const a = (prefixZ[i] ?? 0) - (prefixZ[i - shape.zh] ?? 0);
    const b = (prefixE[j] ?? 0) - (prefixE[j - shape.en] ?? 0);
    const mean = Math.max(1, (a + b / c) / 2);
    const delta = (b - a * c) / Math.sqrt(VARIANCE * mean * c);
    return shape.prior - Math.log(normalTail(delta));
  };
  let i = 0;
  let j = 0;
  return searchPath(zh.length, en.length, GC_SHAPES, cost).path.map((step) => {
    const s = GC_SHAPES[step.shape] as BeadShape;
    const bead = { zh: Array.from({ length: s.zh }, (_, k) => i + k), en: Array.from({ length: s.en }, (_, k) => j + k), score: 0.5 };
    i = step.i;
    j = step.j;
    return bead;
  });
}
