/**
 * The fuzzy score of a TM match for Chinese: character edit distance normalised by the longer
 * source, on text folded for matching (core/text/match-fold.ts). Bands follow CAT practice
 * (CAT.md): 101 context match, 100 exact, 75–99 fuzzy; lookups default to a 50 floor.
 */

/** Score of an exact match whose previous and next sources match too. */
export const CONTEXT_SCORE = 101;
/** Score of an exact match. */
export const EXACT_SCORE = 100;
/** Points taken per adapted number from a placeable match (it is not what the TM holds). */
export const PLACEABLE_PENALTY = 1;
/**
 * Points taken from a source that equals the query only after width/case folding (`，` vs `,`):
 * it is not identical, so it may not score 100.
 */
export const FOLD_PENALTY = 1;

/** `text` without whitespace: "identical, whitespace aside" compares these. */
export function withoutSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, '');
}

/**
 * The 0–99 fuzzy score of two different folded sources of lengths `a` and `b` at edit distance
 * `distance`: `100·(1 − d / max(a, b))`, floored, and never 100 (that is kept for identity).
 */
export function fuzzyScore(distance: number, a: number, b: number): number {
  const longest = Math.max(a, b);
  if (longest === 0) return 0;
  return Math.max(0, Math.min(EXACT_SCORE - 1, Math.floor((EXACT_SCORE * (longest - distance)) / longest)));
}

/**
 * The largest edit distance a candidate of folded length `n` may have and still reach `min`
 * against a query of folded length `m`: lookups stop verifying beyond it.
 */
export function maxDistanceFor(min: number, m: number, n: number): number {
  const longest = Math.max(m, n);
  return Math.floor(longest - (min * longest) / EXACT_SCORE);
}
