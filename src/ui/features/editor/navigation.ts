import type { BlockStatus } from '../../../core/model/index.ts';

/**
 * The index of the first unconfirmed row after `from`, wrapping around to the top; null when
 * every row is confirmed. Ctrl+Enter moves there, as in the CAT tools translators know.
 */
export function nextUnconfirmed(statuses: readonly BlockStatus[], from: number): number | null {
  const n = statuses.length;
  for (let step = 1; step <= n; step++) {
    const i = (from + step) % n;
    if (statuses[i] !== 'confirmed') return i;
  }
  return null;
}
