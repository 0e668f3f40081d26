import type { BeadShape } from './types.ts';

/** Cost of taking shape `shape` ending at cell (i, j), i.e. Chinese [i − shape.zh, i) with English [j − shape.en, j). */
export type StepCost = (i: number, j: number, shape: BeadShape) => number;

/** One step of a DP path: the bead ends at (i, j) and has shape index `shape`. */
export interface PathStep {
  readonly i: number;
  readonly j: number;
  readonly shape: number;
}

/** The columns row i may use: `lo[i]` … `hi[i]` inclusive (arrays of length n + 1). */
export interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** The result of {@link bandedAlign}: the path (in order), its cost, and whether it ran along the band's edge. */
export interface BandResult {
  readonly path: PathStep[];
  readonly cost: number;
  readonly touchedEdge: boolean;
}

/**
 * Minimum-cost monotone alignment of n Chinese and m English segments inside a band of allowed
 * cells. Time and memory are O(cells · shapes): linear in n for a band of bounded width.
 * Assumes the band contains (0, 0) and (n, m), `lo`/`hi` are non-decreasing, and consecutive rows
 * overlap (then 1-0 / 0-1 shapes, which callers must include, always give a path).
 * `touchedEdge` says the path ran along a clipped band edge, so a wider band might do better.
 */
export function bandedAlign(n: number, m: number, shapes: readonly BeadShape[], cost: StepCost, band: Band): BandResult {
  const { lo, hi } = band;
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = (offset[i] ?? 0) + Math.max(0, (hi[i] ?? 0) - (lo[i] ?? 0) + 1);
  const cells = offset[n + 1] ?? 0;
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const at = (i: number, j: number): number => {
    const l = lo[i] ?? 0;
    return j < l || j > (hi[i] ?? -1) ? -1 : (offset[i] ?? 0) + j - l;
  };
  const start = at(0, 0);
  if (start < 0) throw new Error('bandedAlign: the band must contain (0, 0)');
  best[start] = 0;
  for (let i = 0; i <= n; i++) {
    const last = hi[i] ?? -1;
    for (let j = lo[i] ?? 0; j <= last; j++) {
      if (i === 0 && j === 0) continue;
      let value = Infinity;
      let pick = -1;
      for (let s = 0; s < shapes.length; s++) {
        const shape = shapes[s] as BeadShape;
        const pi = i - shape.zh;
        const pj = j - shape.en;
        if (pi < 0 || pj < 0) continue;
        const prev = at(pi, pj);
        if (prev < 0) continue;
        const base = best[prev] ?? Infinity;
        if (base === Infinity) continue;
        const total = base + cost(i, j, shape);
        if (total < value) {
          value = total;
          pick = s;
        }
      }
      const cell = at(i, j);
      best[cell] = value;
      back[cell] = pick;
    }
  }
  const end = at(n, m);
  if (end < 0 || (best[end] ?? Infinity) === Infinity) throw new Error('bandedAlign: no path inside the band');
  const path: PathStep[] = [];
  let touchedEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const s = back[at(i, j)] ?? -1;
    if (s < 0) throw new Error('bandedAlign: broken back pointer');
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchedEdge = true;
    path.push({ i, j, shape: s });
    i -= (shapes[s] as BeadShape).zh;
    j -= (shapes[s] as BeadShape).en;
  }
  path.reverse();
  return { path, cost: best[end] ?? Infinity, touchedEdge };
}

function widen(lo: Int32Array, hi: Int32Array, n: number, m: number): Band {
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i] ?? 0, lo[i - 1] ?? 0);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i] ?? m, hi[i + 1] ?? m);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i] ?? 0, m));
    hi[i] = Math.min(m, Math.max(hi[i] ?? 0, lo[i] ?? 0));
  }
  for (let i = 1; i <= n; i++) if ((lo[i] ?? 0) > (hi[i - 1] ?? 0)) lo[i] = hi[i - 1] ?? 0; // rows must overlap
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/** The band of half-width `width` around the straight diagonal from (0, 0) to (n, m). */
export function diagonalBand(n: number, m: number, width: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    const c = n === 0 ? 0 : Math.round((i * m) / n);
    lo[i] = c - width;
    hi[i] = c + width;
  }
  return widen(lo, hi, n, m);
}

/**
 * A corridor around a previous path: every row gets the columns the path uses within `radius`
 * rows of it, widened by `radius` columns. This is the second, exact pass of a two-step search.
 */
export function corridorBand(path: readonly PathStep[], n: number, m: number, radius: number): Band {
  const minJ = new Int32Array(n + 1).fill(m);
  const maxJ = new Int32Array(n + 1).fill(0);
  let pi = 0;
  let pj = 0;
  const visit = (i: number, j: number): void => {
    minJ[i] = Math.min(minJ[i] ?? m, j);
    maxJ[i] = Math.max(maxJ[i] ?? 0, j);
  };
  visit(0, 0);
  for (const step of path) {
    for (let r = pi; r <= step.i; r++) {
      visit(r, pj);
      visit(r, step.j);
    }
    pi = step.i;
    pj = step.j;
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    let a = m;
    let b = 0;
    for (let r = Math.max(0, i - radius); r <= Math.min(n, i + radius); r++) {
      a = Math.min(a, minJ[r] ?? m);
      b = Math.max(b, maxJ[r] ?? 0);
    }
    lo[i] = a - radius;
    hi[i] = b + radius;
  }
  return widen(lo, hi, n, m);
}
