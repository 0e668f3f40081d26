/**
 * Re-anchoring after outside changes (re-import, a new version of the source, imports from other
 * tools), after Hypothesis: cheapest first — the old position, then exact quote matches, then
 * approximate ones — scoring candidates by quote similarity (50), prefix agreement (20), suffix
 * agreement (20) and closeness to where the span used to be (2, a tie-breaker). While a document
 * is open the UI maps positions through ProseMirror transactions instead; this is not for that.
 */
import type { Annotation, BlockText, Side } from './model.ts';
import { describeSpan } from './model.ts';
import type { PointText } from './text-match.ts';
import { approximateSearch, mayContain, pointIndex, similarity, toPoints } from './text-match.ts';

/** How the annotation was found again; `orphaned` means not at all. */
export type AnchorStatus = 'unchanged' | 'exact' | 'fuzzy' | 'orphaned';

/**
 * Result of {@link reanchor}. `start`/`end` are UTF-16 offsets in the new text (absent when
 * orphaned); `score` is 0…1, 1 for `unchanged`.
 */
export interface AnchorResult {
  readonly status: AnchorStatus;
  readonly start?: number;
  readonly end?: number;
  readonly score?: number;
}

/** Result of {@link anchorByQuote}: like {@link AnchorResult} plus the block and side found. */
export interface QuoteAnchorResult {
  readonly status: Exclude<AnchorStatus, 'unchanged'>;
  readonly blockId?: number;
  readonly side?: Side;
  readonly start?: number;
  readonly end?: number;
  readonly score?: number;
}

/** Where the span is expected to be: the block (and side) it came from, and its old UTF-16 start. */
export interface AnchorHint {
  readonly blockId: number;
  readonly side: Side;
  readonly start?: number;
}

/** A fuzzy match must reach this quote similarity (1 − edits / length). */
export const FUZZY_THRESHOLD = 0.75;

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
const TOTAL_WEIGHT = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;

interface Wanted {
  readonly quote: string;
  readonly quotePoints: readonly number[];
  readonly prefix: readonly number[];
  readonly suffix: readonly number[];
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

const pointCache = new WeakMap<BlockText, PointText>();

function pointsOf(block: BlockText): PointText {
  let cached = pointCache.get(block);
  if (cached === undefined) {
    cached = toPoints(block.text);
    pointCache.set(block, cached);
  }
  return cached;
}

/**
 * Agreement of expected context with the text actually beside a candidate. An empty expectation
 * is neutral: other tools often omit context, and treating it as "at the block edge" would beat
 * the position hint for every quote that happens to open a block.
 */
function contextAgreement(expected: readonly number[], actual: readonly number[]): number {
  return expected.length === 0 ? 0.5 : similarity(expected, actual);
}

/** Score of the candidate at code points start…end; `closeness` is 0…1 (position tie-breaker). */
function score(text: PointText, wanted: Wanted, start: number, end: number, quoteSimilarity: number, closeness: number): number {
  const { points } = text;
  const before = points.slice(Math.max(0, start - wanted.prefix.length), start);
  const after = points.slice(end, end + wanted.suffix.length);
  const prefix = contextAgreement(wanted.prefix, before);
  const suffix = contextAgreement(wanted.suffix, after);
  return (WEIGHTS.quote * quoteSimilarity + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * closeness) / TOTAL_WEIGHT;
}

function closenessTo(text: PointText, oldStart: number | undefined): (start: number) => number {
  if (oldStart === undefined) return () => 0;
  const length = Math.max(1, text.points.length);
  return (start) => 1 - Math.min(1, Math.abs(start - oldStart) / length);
}

/** Best exact occurrence of the quote in `text` (code-point offsets), if any. */
function bestExact(raw: string, text: PointText, wanted: Wanted, closeness: (start: number) => number): Found | undefined {
  let best: Found | undefined;
  for (let unit = raw.indexOf(wanted.quote); unit !== -1; unit = raw.indexOf(wanted.quote, unit + 1)) {
    const start = pointIndex(text, unit);
    const end = start + wanted.quotePoints.length;
    const candidate = { start, end, score: score(text, wanted, start, end, 1, closeness(start)) };
    if (best === undefined || candidate.score > best.score) best = candidate;
  }
  return best;
}

/** Best approximate occurrence with quote similarity ≥ {@link FUZZY_THRESHOLD}, if any. */
function bestFuzzy(text: PointText, wanted: Wanted, closeness: (start: number) => number): Found | undefined {
  const length = wanted.quotePoints.length;
  const maxErrors = Math.floor(length * (1 - FUZZY_THRESHOLD));
  if (maxErrors === 0 || !mayContain(text.points, wanted.quotePoints, maxErrors)) return undefined;
  let best: Found | undefined;
  for (const match of approximateSearch(text.points, wanted.quotePoints, maxErrors)) {
    const quoteSimilarity = 1 - match.errors / Math.max(length, match.end - match.start);
    if (quoteSimilarity < FUZZY_THRESHOLD) continue;
    const candidate = { start: match.start, end: match.end, score: score(text, wanted, match.start, match.end, quoteSimilarity, closeness(match.start)) };
    if (best === undefined || candidate.score > best.score) best = candidate;
  }
  return best;
}

function wantedOf(quote: string, prefix: string, suffix: string): Wanted {
  return { quote, quotePoints: toPoints(quote).points, prefix: toPoints(prefix).points, suffix: toPoints(suffix).points };
}

/**
 * Finds `annotation` again in its block's new text (same block, same side). Order: the old
 * offsets still hold the quote → `unchanged`; else the best exact occurrence of the quote →
 * `exact`; else the best approximate one (quote similarity ≥ 0.75) → `fuzzy`; else `orphaned`.
 * Never throws for stale offsets; an empty quote is always orphaned.
 */
export function reanchor(annotation: Annotation, newBlockText: string): AnchorResult {
  const { quote, start: oldStart, end: oldEnd } = annotation;
  if (quote === '') return { status: 'orphaned' };
  if (newBlockText.slice(oldStart, oldEnd) === quote) return { status: 'unchanged', start: oldStart, end: oldEnd, score: 1 };
  const text = toPoints(newBlockText);
  const wanted = wantedOf(quote, annotation.prefix, annotation.suffix);
  const closeness = closenessTo(text, pointIndex(text, Math.min(oldStart, newBlockText.length)));
  const exact = bestExact(newBlockText, text, wanted, closeness);
  if (exact) return { status: 'exact', start: text.units[exact.start], end: text.units[exact.end], score: exact.score };
  const fuzzy = bestFuzzy(text, wanted, closeness);
  if (fuzzy) return { status: 'fuzzy', start: text.units[fuzzy.start], end: text.units[fuzzy.end], score: fuzzy.score };
  return { status: 'orphaned' };
}

/**
 * Finds a quote (with optional context) anywhere in the project: `candidates` are the texts of
 * every block on both sides. Exact matches anywhere beat fuzzy ones; among equals, context
 * decides, then the `hint` (a match in the hinted block and side, near the hinted start).
 * Offsets are UTF-16 within the found block. Code points of each candidate are cached per
 * object, so pass the same array for every annotation of one import.
 */
export function anchorByQuote(
  quote: string,
  prefix: string,
  suffix: string,
  candidates: readonly BlockText[],
  hint?: AnchorHint,
): QuoteAnchorResult {
  if (quote === '') return { status: 'orphaned' };
  const wanted = wantedOf(quote, prefix, suffix);
  const closenessFor = (block: BlockText, text: PointText): ((start: number) => number) => {
    if (hint === undefined || hint.blockId !== block.blockId || hint.side !== block.side) return () => 0;
    if (hint.start === undefined) return () => 1;
    const near = closenessTo(text, pointIndex(text, Math.min(hint.start, block.text.length)));
    return (start) => 0.5 + 0.5 * near(start);
  };
  for (const mode of ['exact', 'fuzzy'] as const) {
    let best: { block: BlockText; text: PointText; found: Found } | undefined;
    for (const block of candidates) {
      if (mode === 'exact' && !block.text.includes(quote)) continue;
      const text = pointsOf(block);
      const closeness = closenessFor(block, text);
      const found = mode === 'exact' ? bestExact(block.text, text, wanted, closeness) : bestFuzzy(text, wanted, closeness);
      if (found && (best === undefined || found.score > best.found.score)) best = { block, text, found };
    }
    if (best) {
      const { block, text, found } = best;
      return { status: mode, blockId: block.blockId, side: block.side, start: text.units[found.start], end: text.units[found.end], score: found.score };
    }
  }
  return { status: 'orphaned' };
}

/**
 * `annotation` updated with an anchoring result on `blockText` (the text the result was computed
 * on): a found span gets its new offsets, quote and context and `orphaned: false` (a fuzzy match
 * adopts the edited wording, so later re-anchoring starts from it); an orphan keeps its last
 * offsets, quote and context and gets `orphaned: true`. `modified` is untouched: anchoring is
 * not a user edit.
 */
export function applyAnchor(annotation: Annotation, blockText: string, result: AnchorResult | QuoteAnchorResult): Annotation {
  if (result.status === 'orphaned' || result.start === undefined || result.end === undefined) {
    return annotation.orphaned ? annotation : { ...annotation, orphaned: true };
  }
  const placed = 'blockId' in result && result.blockId !== undefined && result.side !== undefined ? { blockId: result.blockId, side: result.side } : {};
  return { ...annotation, ...placed, ...describeSpan(blockText, result.start, result.end), orphaned: false };
}
