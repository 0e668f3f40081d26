/**
 * Import quality metrics, shared by the layout-text and PDF importers' tests and benchmarks.
 * Both ignore whitespace, so they judge characters and paragraph boundaries, not spacing.
 */

function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) if (!/\s/u.test(ch)) out.push(ch.codePointAt(0) ?? 0);
  return out;
}

/**
 * Character accuracy: 1 − Levenshtein(expected, actual) / max(length), over code points with all
 * whitespace removed (1 when both are empty). Uses Myers' bit-parallel algorithm in 32-bit
 * blocks, O(⌈m/32⌉·n): two 50,000-character texts take well under a second.
 */
export function textAccuracy(expected: string, actual: string): number {
  const a = codePoints(expected);
  const b = codePoints(actual);
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  return 1 - levenshtein(a, b) / longest;
}

/** Levenshtein distance between two code-point arrays (exported for tests of the metric itself). */
export function levenshtein(x: readonly number[], y: readonly number[]): number {
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let endX = x.length;
  let endY = y.length;
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--;
    endY--;
  }
  const p0 = x.slice(start, endX);
  const t0 = y.slice(start, endY);
  const [pattern, text] = p0.length <= t0.length ? [p0, t0] : [t0, p0];
  const m = pattern.length;
  if (m === 0) return text.length;
  const blocks = Math.ceil(m / 32);
  const ids = new Map<number, number>();
  for (const c of pattern) if (!ids.has(c)) ids.set(c, ids.size);
  const peq = new Int32Array(ids.size * blocks);
  pattern.forEach((c, i) => {
    const id = ids.get(c) ?? 0;
    peq[id * blocks + (i >> 5)] = (peq[id * blocks + (i >> 5)] ?? 0) | (1 << (i & 31));
  });
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastHigh = 1 << ((m - 1) & 31);
  let score = m;
  for (const c of text) {
    const id = ids.get(c);
    const base = id === undefined ? -1 : id * blocks;
    let hin = 1;
    for (let k = 0; k < blocks; k++) {
      let eq = base < 0 ? 0 : (peq[base + k] ?? 0);
      const p = pv[k] ?? 0;
      const mm = mv[k] ?? 0;
      const xv = eq | mm;
      if (hin < 0) eq |= 1;
      const xh = ((((eq & p) + p) | 0) ^ p) | eq;
      let ph = mm | ~(xh | p);
      let mh = p & xh;
      const high = k === blocks - 1 ? lastHigh : 0x80000000 | 0;
      const hout = ph & high ? 1 : mh & high ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[k] = mh | ~(xv | ph);
      mv[k] = ph & xv;
      hin = hout;
    }
    score += hin;
  }
  return score;
}

/**
 * F1 of paragraph boundaries: each list of paragraphs is concatenated without whitespace and a
 * boundary is the offset where one paragraph ends and the next begins. Offsets of `actual` are
 * mapped into `expected` through unique 6-character anchors, so a few wrong characters earlier in
 * the text do not shift every later boundary; a boundary matches within ±2 characters. Returns 1
 * when neither side has a boundary, 0 when only one side has any. Empty paragraphs are ignored.
 */
export function paragraphBoundaryF1(expected: readonly string[], actual: readonly string[]): number {
  const e = boundaries(expected);
  const a = boundaries(actual);
  if (e.offsets.length === 0 && a.offsets.length === 0) return 1;
  if (e.offsets.length === 0 || a.offsets.length === 0) return 0;
  const mapped = mapOffsets(a.text, e.text, a.offsets);
  let tp = 0;
  let j = 0;
  const used = new Set<number>();
  for (const off of e.offsets) {
    while (j < mapped.length && (mapped[j] ?? 0) < off - 2) j++;
    for (let q = j; q < mapped.length && (mapped[q] ?? 0) <= off + 2; q++) {
      if (!used.has(q)) {
        used.add(q);
        tp++;
        break;
      }
    }
  }
  return (2 * tp) / (e.offsets.length + a.offsets.length);
}

function boundaries(paragraphs: readonly string[]): { text: number[]; offsets: number[] } {
  const text: number[] = [];
  const offsets: number[] = [];
  for (const p of paragraphs) {
    const cps = codePoints(p);
    if (cps.length === 0) continue;
    if (text.length > 0) offsets.push(text.length);
    for (const c of cps) text.push(c);
  }
  return { text, offsets };
}

const N = 6;

function gramKey(text: readonly number[], i: number): string {
  return String.fromCodePoint(...text.slice(i, i + N));
}

/** Maps offsets in `from` to offsets in `to` via unique shared n-grams, kept in increasing order. */
function mapOffsets(from: readonly number[], to: readonly number[], offsets: readonly number[]): number[] {
  const index = new Map<string, number>();
  for (let i = 0; i + N <= to.length; i++) {
    const key = gramKey(to, i);
    index.set(key, index.has(key) ? -1 : i);
  }
  const anchorsFrom: number[] = [0];
  const anchorsTo: number[] = [0];
  for (let i = 0; i + N <= from.length; i++) {
    const q = index.get(gramKey(from, i));
    if (q !== undefined && q >= 0 && q >= (anchorsTo[anchorsTo.length - 1] ?? 0) && i > (anchorsFrom[anchorsFrom.length - 1] ?? 0)) {
      anchorsFrom.push(i);
      anchorsTo.push(q);
    }
  }
  return offsets.map((off) => {
    let lo = 0;
    let hi = anchorsFrom.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((anchorsFrom[mid] ?? 0) <= off) lo = mid;
      else hi = mid - 1;
    }
    return (anchorsTo[lo] ?? 0) + off - (anchorsFrom[lo] ?? 0);
  });
}
