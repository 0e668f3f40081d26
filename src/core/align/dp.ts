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
  return bandedAlignFrom(fill(n, m, shapes, cost, band), n, m, shapes, band);
}

function bandedAlignFrom(table: Filled, n: number, m: number, shapes: readonly BeadShape[], band: Band): BandResult {
  const { lo, hi } = band;
  const { best, back, at } = table;
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

interface Filled {
  readonly best: Float64Array;
  readonly back: Int8Array;
  /** Index of cell (i, j) in `best` / `back`, −1 outside the band. */
  readonly at: (i: number, j: number) => number;
}

/** The DP table over the band: `best` = least cost from (0, 0) to each cell, `back` = the last shape taken. */
function fill(n: number, m: number, shapes: readonly BeadShape[], cost: StepCost, band: Band): Filled {
  const { lo, hi } = band;
  const offset = cellOffsets(n, band);
  const cells = offset[n + 1] ?? 0;
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const at = (i: number, j: number): number => {
    if (i < 0 || i > n) return -1;
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
  return { best, back, at };
}

/** A path and, for every step, the margin of its end boundary (see {@link alignWithMargins}). */
export interface MarginResult {
  readonly path: PathStep[];
  readonly margins: Float64Array;
}

/**
 * {@link bandedAlign} plus how clearly each bead boundary was preferred, in cost units: for every
 * step's end cell q = (i, j), the least extra cost of a path that puts that boundary elsewhere:
 * through another cell of row i, of column j or of q's anti-diagonal (+∞ when there is none). A backward pass over the same band
 * gives the best cost from each cell to the end; bead costs are computed once and cached for
 * it, so this costs one more cheap pass and stays linear like the search.
 */
export function alignWithMargins(n: number, m: number, shapes: readonly BeadShape[], cost: StepCost, band: Band): MarginResult {
  const shapeIndex = new Map(shapes.map((shape, k) => [shape, k]));
  const cells = cellOffsets(n, band);
  const cache = new Float64Array((cells[n + 1] ?? 0) * shapes.length).fill(Number.NaN);
  const cached: StepCost = (i, j, shape) => {
    const cell = (cells[i] ?? 0) + j - (band.lo[i] ?? 0);
    const slot = cell * shapes.length + (shapeIndex.get(shape) ?? 0);
    let value = cache[slot] ?? Number.NaN;
    if (Number.isNaN(value)) {
      value = cost(i, j, shape);
      cache[slot] = value;
    }
    return value;
  };
  const forward = fill(n, m, shapes, cached, band);
  const { path } = bandedAlignFrom(forward, n, m, shapes, band);
  const loRev = new Int32Array(n + 1);
  const hiRev = new Int32Array(n + 1);
  for (let r = 0; r <= n; r++) {
    loRev[r] = m - (band.hi[n - r] ?? 0);
    hiRev[r] = m - (band.lo[n - r] ?? 0);
  }
  // A bead ending at (i', j') of the reversed problem is the bead ending at (n − i' + zh, m − j' + en).
  const backward = fill(n, m, shapes, (i, j, shape) => cached(n - i + shape.zh, m - j + shape.en, shape), { lo: loRev, hi: hiRev });
  const through = (i: number, j: number): number => {
    const f = forward.at(i, j);
    const b = backward.at(n - i, m - j);
    return f < 0 || b < 0 ? Infinity : (forward.best[f] ?? Infinity) + (backward.best[b] ?? Infinity);
  };
  const optimum = through(n, m);
  const margins = new Float64Array(path.length).fill(Infinity);
  path.forEach((step, k) => {
    if (step.i === n && step.j === m) return;
    const d = step.i + step.j;
    let alternative = Infinity;
    // The boundary elsewhere: same Chinese position with another English one, the reverse, or
    // anywhere else on its anti-diagonal (which also catches boundaries shifted on both sides).
    for (let i = Math.max(0, d - m); i <= Math.min(n, d); i++) {
      if (i !== step.i) alternative = Math.min(alternative, through(i, d - i));
    }
    for (let j = band.lo[step.i] ?? 0; j <= (band.hi[step.i] ?? -1); j++) {
      if (j !== step.j) alternative = Math.min(alternative, through(step.i, j));
    }
    // Rows holding column j are contiguous (lo and hi never decrease): walk out from row i.
    for (let i = step.i - 1; i >= 0 && (band.hi[i] ?? -1) >= step.j; i--) alternative = Math.min(alternative, through(i, step.j));
    for (let i = step.i + 1; i <= n && (band.lo[i] ?? 0) <= step.j; i++) alternative = Math.min(alternative, through(i, step.j));
    margins[k] = alternative - optimum;
  });
  return { path, margins };
}

function cellOffsets(n: number, band: Band): Float64Array {
  const offset = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) offset[i + 1] = (offset[i] ?? 0) + Math.max(0, (band.hi[i] ?? 0) - (band.lo[i] ?? 0) + 1);
  return offset;
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
