import { alignWithMargins, bandedAlign, corridorBand, diagonalBand } from './dp.ts';
import type { MarginResult, StepCost } from './dp.ts';
import type { BeadShape } from './types.ts';

/** Above this many DP cells the search runs in two steps instead of over the full matrix. */
export const FULL_SEARCH_CELLS = 90_000;
const FIRST_WIDTH = 24;
const CORRIDOR = 3;

/**
 * The best bead path for n × m segments. Small problems search the whole matrix. Larger ones run
 * Bertalign-style in two steps: first a cheap search (1-1, 1-0, 0-1 only) in a band
 * around the diagonal that doubles while the path runs along its edge, then the full search with
 * every shape in a narrow corridor around that first path. Cells stay O(n · width): time and
 * memory grow linearly with the length of the texts. Returns the path with each boundary's
 * margin (for confidences), computed over the final band.
 */
export function searchPath(n: number, m: number, shapes: readonly BeadShape[], cost: StepCost): MarginResult {
  if (n === 0 && m === 0) return { path: [], margins: new Float64Array(0) };
  if ((n + 1) * (m + 1) <= FULL_SEARCH_CELLS) return alignWithMargins(n, m, shapes, cost, diagonalBand(n, m, Math.max(n, m) + 1));
  const cheap = shapes.filter((s) => s.zh + s.en <= 2);
  let width = FIRST_WIDTH;
  let first = bandedAlign(n, m, cheap, cost, diagonalBand(n, m, width));
  while (first.touchedEdge && width < Math.max(n, m)) {
    width *= 2;
    first = bandedAlign(n, m, cheap, cost, diagonalBand(n, m, width));
  }
  return alignWithMargins(n, m, shapes, cost, corridorBand(first.path, n, m, CORRIDOR));
}
