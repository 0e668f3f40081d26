/**
 * Levenshtein distance by Myers' bit-parallel algorithm (1999) in Hyyrö's blocked form (2003):
 * the pattern is cut into 32-row blocks of bit vectors and each text character advances every
 * block in O(1) word operations, carrying the horizontal delta from one block into the next. So
 * any length works, in O(⌈m/32⌉·n) time instead of the O(m·n) of the textbook table. Works on
 * UTF-16 code units; callers fold text first (see core/text/match-fold.ts).
 */

/** A pattern compiled once and compared against many texts (a TM lookup verifies many candidates). */
export interface MyersPattern {
  readonly length: number;
  readonly blocks: number;
  /** For each code unit of the pattern, its match bit vector (one 32-bit word per block). */
  readonly peq: ReadonlyMap<number, Int32Array>;
}

/** Compiles `pattern` for {@link myersDistance}. */
export function compilePattern(pattern: string): MyersPattern {
  const blocks = Math.max(1, Math.ceil(pattern.length / 32));
  const peq = new Map<number, Int32Array>();
  for (let i = 0; i < pattern.length; i++) {
    const unit = pattern.charCodeAt(i);
    let vector = peq.get(unit);
    if (!vector) {
      vector = new Int32Array(blocks);
      peq.set(unit, vector);
    }
    vector[i >>> 5]! |= 1 << (i & 31);
  }
  return { length: pattern.length, blocks, peq };
}

const NO_MATCH = new Int32Array(0);

/**
 * The edit distance (insertions, deletions, substitutions, each cost 1) between the compiled
 * pattern and `text`. Global alignment: the top row of the table is 0, 1, 2…, which is why the
 * first block receives a +1 horizontal delta at every column.
 */
export function myersDistance(pattern: MyersPattern, text: string): number {
  const m = pattern.length;
  if (m === 0) return text.length;
  if (text.length === 0) return m;
  const blocks = pattern.blocks;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  const lastHigh = 1 << ((m - 1) & 31);
  let score = m;
  for (let j = 0; j < text.length; j++) {
    const eqs = pattern.peq.get(text.charCodeAt(j)) ?? NO_MATCH;
    let hin = 1;
    for (let b = 0; b < blocks; b++) {
      let eq = eqs.length === 0 ? 0 : eqs[b]!;
      const pvb = pv[b]!;
      const mvb = mv[b]!;
      const xv = eq | mvb;
      if (hin < 0) eq |= 1;
      const xh = (((eq & pvb) + pvb) ^ pvb) | eq;
      let ph = mvb | ~(xh | pvb);
      let mh = pvb & xh;
      const high = b === blocks - 1 ? lastHigh : 1 << 31;
      const hout = (ph & high) !== 0 ? 1 : (mh & high) !== 0 ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (hin < 0) mh |= 1;
      else if (hin > 0) ph |= 1;
      pv[b] = mh | ~(xv | ph);
      mv[b] = ph & xv;
      hin = hout;
    }
    score += hin;
  }
  return score;
}

/** The textbook O(m·n) table, kept as the reference the tests and the benchmark compare against. */
export function tableDistance(a: string, b: string): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(sub, prev[j]! + 1, row[j - 1]! + 1);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}
