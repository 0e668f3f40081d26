/**
 * String matching for re-anchoring, done on code points so a match can never start or end inside
 * a surrogate pair (𠮷) and edit distances count one error per character, as a reader would.
 */

/** A text as code points plus the UTF-16 offset where each code point starts (and one past the end). */
export interface PointText {
  readonly points: readonly number[];
  /** `units[i]` is the UTF-16 offset of code point `i`; `units[points.length]` is text.length. */
  readonly units: readonly number[];
}

/** Splits `text` into code points, remembering their UTF-16 offsets. */
export function toPoints(text: string): PointText {
  const points: number[] = [];
  const units: number[] = [];
  for (let unit = 0; unit < text.length; ) {
    const code = text.codePointAt(unit) ?? 0;
    points.push(code);
    units.push(unit);
    unit += code > 0xffff ? 2 : 1;
  }
  units.push(text.length);
  return { points, units };
}

/** The code-point index of UTF-16 offset `unit` (the first code point starting at or after it). */
export function pointIndex(text: PointText, unit: number): number {
  let low = 0;
  let high = text.units.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((text.units[mid] ?? 0) < unit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Levenshtein distance between two code-point arrays (two-row dynamic programming). */
export function editDistance(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j - 1] ?? 0) + cost, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/** 1 − distance / longer length: 1 for equal strings, 0 for nothing in common; two empties are equal. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** One approximate occurrence: code-point range in the text and its edit distance to the pattern. */
export interface ApproxMatch {
  readonly start: number;
  readonly end: number;
  readonly errors: number;
}

/**
 * Every place where `pattern` occurs in `text` with at most `maxErrors` edits (Sellers' dynamic
 * programming: the pattern must match whole, the text may start anywhere). One match per distinct
 * end position, keeping the alignment's start; O(text × pattern), fine for paragraph-sized blocks
 * and quotes. Matches of zero length are never returned.
 */
export function approximateSearch(text: readonly number[], pattern: readonly number[], maxErrors: number): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || maxErrors < 0) return [];
  let prevCost = new Int32Array(m + 1);
  let prevStart = new Int32Array(m + 1);
  let cost = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) prevCost[i] = i;
  const matches: ApproxMatch[] = [];
  for (let j = 1; j <= text.length; j++) {
    cost[0] = 0;
    start[0] = j;
    const character = text[j - 1];
    for (let i = 1; i <= m; i++) {
      // Prefer the diagonal on ties so matches keep the pattern's length where they can.
      let best = (prevCost[i - 1] ?? 0) + (pattern[i - 1] === character ? 0 : 1);
      let from = prevStart[i - 1] ?? 0;
      const skipText = (prevCost[i] ?? 0) + 1;
      if (skipText < best) {
        best = skipText;
        from = prevStart[i] ?? 0;
      }
      const skipPattern = (cost[i - 1] ?? 0) + 1;
      if (skipPattern < best) {
        best = skipPattern;
        from = start[i - 1] ?? 0;
      }
      cost[i] = best;
      start[i] = from;
    }
    const errors = cost[m] ?? 0;
    const from = start[m] ?? 0;
    if (errors <= maxErrors && from < j) matches.push({ start: from, end: j, errors });
    [prevCost, cost] = [cost, prevCost];
    [prevStart, start] = [start, prevStart];
  }
  return matches;
}

/**
 * Whether `text` holds enough of the pattern's characters (as a multiset) to contain it with at
 * most `maxErrors` edits. A cheap filter that lets project-wide search skip most blocks.
 */
export function mayContain(text: readonly number[], pattern: readonly number[], maxErrors: number): boolean {
  const needed = new Map<number, number>();
  for (const point of pattern) needed.set(point, (needed.get(point) ?? 0) + 1);
  let found = 0;
  const target = pattern.length - maxErrors;
  for (const point of text) {
    const left = needed.get(point);
    if (left !== undefined && left > 0) {
      needed.set(point, left - 1);
      if (++found >= target) return true;
    }
  }
  return found >= target;
}
