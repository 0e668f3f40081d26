/**
 * An Aho–Corasick automaton stored in flat typed arrays: a double-array trie (base/check) for the
 * goto function, plus fail links and output links. Patterns and text are sequences of UTF-16
 * code units already mapped through `alphabet` (0 = a unit that occurs in no pattern), so one
 * transition is two array reads and no hashing. Built once per glossary.
 */

/** The immutable tables of a built automaton; state 0 is the root. */
export interface Automaton {
  /** Code unit → alphabet code (1…alphabetSize), 0 when the unit occurs in no pattern. */
  readonly alphabet: Uint16Array;
  readonly base: Int32Array;
  /** `check[t] === s` iff slot t is a child of state s; -1 for free slots. */
  readonly check: Int32Array;
  readonly fail: Int32Array;
  /** Pattern id ending exactly at this state, or -1. */
  readonly output: Int32Array;
  /** First state on the fail chain (this state included) that has an output, or -1. */
  readonly emit: Int32Array;
  /** Next state with an output strictly further along the fail chain, or -1. */
  readonly outLink: Int32Array;
  /** Length in code units of each pattern. */
  readonly patternLength: Int32Array;
  readonly maxPatternLength: number;
  /** Depth of each state in the trie (root 0). */
  readonly depth: Int32Array;
  /**
   * Prefilter bitmap over hashed pairs of raw text units (see {@link pairHash}): a set bit means
   * some pattern may start with that pair. A clear bit proves no pattern of length ≥ 2 starts
   * there, which lets the scan skip text without touching the automaton.
   */
  readonly startPairs: Uint8Array;
  /** Bitmap over raw text units: set when the unit alone is a (folded) one-unit pattern. */
  readonly singleUnits: Uint8Array;
}

/** Bit index in {@link Automaton.startPairs} for the unit pair (a, b); `mask` = bit count − 1. */
export function pairHash(a: number, b: number, mask: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 0 & mask;
}

/**
 * Builds the automaton for `patterns` (strings of already-folded code units; empty strings are
 * ignored). `foldTable` maps raw text units to pattern units, so the alphabet table can take
 * text units directly. Pattern ids are indexes into `patterns`; duplicates are the caller's job.
 */
export function buildAutomaton(patterns: readonly string[], foldTable: Uint16Array): Automaton {
  const codeOf = new Uint16Array(0x10000);
  let alphabetSize = 0;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const unit = pattern.charCodeAt(i);
      if (codeOf[unit] === 0) {
        if (alphabetSize === 0xfffe) throw new RangeError('alphabet too large');
        codeOf[unit] = ++alphabetSize;
      }
    }
  }
  const alphabet = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) alphabet[unit] = codeOf[foldTable[unit] ?? unit] ?? 0;

  // A plain trie first: children per node as code → node maps.
  const children: Array<Map<number, number>> = [new Map()];
  const nodeOutput: number[] = [-1];
  const patternLength = new Int32Array(patterns.length);
  let maxPatternLength = 0;
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0) return;
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const code = codeOf[pattern.charCodeAt(i)] ?? 0;
      const kids = children[node] as Map<number, number>;
      let next = kids.get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        nodeOutput.push(-1);
        kids.set(code, next);
      }
      node = next;
    }
    if (nodeOutput[node] === -1) nodeOutput[node] = id;
    patternLength[id] = pattern.length;
    if (pattern.length > maxPatternLength) maxPatternLength = pattern.length;
  });

  // Prefilter tables over raw text units (every unit that folds to a pattern's first units),
  // so skipping needs no alphabet lookup.
  const rawUnits: number[][] = Array.from({ length: alphabetSize + 1 }, () => []);
  for (let unit = 0; unit < 0x10000; unit++) {
    const code = alphabet[unit] as number;
    if (code !== 0) (rawUnits[code] as number[]).push(unit);
  }
  let bits = 1 << 12;
  while (bits < patterns.length * 32 && bits < 1 << 23) bits <<= 1;
  const startPairs = new Uint8Array(bits >>> 3);
  const singleUnits = new Uint8Array(0x10000 >>> 3);
  for (const pattern of patterns) {
    if (pattern.length === 0) continue;
    const firsts = rawUnits[codeOf[pattern.charCodeAt(0)] ?? 0] as number[];
    if (pattern.length === 1) {
      for (const u of firsts) singleUnits[u >>> 3] = (singleUnits[u >>> 3] ?? 0) | (1 << (u & 7));
      continue;
    }
    for (const u1 of firsts) {
      for (const u2 of rawUnits[codeOf[pattern.charCodeAt(1)] ?? 0] as number[]) {
        const bit = pairHash(u1, u2, bits - 1);
        startPairs[bit >>> 3] = (startPairs[bit >>> 3] ?? 0) | (1 << (bit & 7));
      }
    }
  }

  const da = placeDoubleArray(children, alphabetSize);
  const size = da.check.length;
  const output = new Int32Array(size).fill(-1);
  const fail = new Int32Array(size);
  const emit = new Int32Array(size).fill(-1);
  const outLink = new Int32Array(size).fill(-1);
  const depth = new Int32Array(size);
  const { base, check, slotOf } = da;
  const child = (state: number, code: number): number => {
    const t = (base[state] ?? 0) + code;
    return check[t] === state ? t : -1;
  };

  // Breadth-first over trie nodes: fail links need the fail links of shallower states.
  const queue: number[] = [0];
  output[0] = nodeOutput[0] ?? -1;
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    const state = slotOf[node] as number;
    for (const [code, kid] of children[node] as Map<number, number>) {
      const target = slotOf[kid] as number;
      output[target] = nodeOutput[kid] ?? -1;
      let f = state === 0 ? -1 : (fail[state] as number);
      let link = 0;
      while (f >= 0) {
        const t = child(f, code);
        if (t >= 0) { link = t; break; }
        f = f === 0 ? -1 : (fail[f] as number);
      }
      fail[target] = link;
      depth[target] = (depth[state] as number) + 1;
      outLink[target] = (output[link] as number) >= 0 ? link : (outLink[link] as number);
      emit[target] = (output[target] as number) >= 0 ? target : (outLink[target] as number);
      queue.push(kid);
    }
  }
  return { alphabet, base, check, fail, output, emit, outLink, patternLength, maxPatternLength, depth, startPairs, singleUnits };
}

interface DoubleArray {
  base: Int32Array;
  check: Int32Array;
  /** Trie node → double-array slot. */
  slotOf: Int32Array;
}

/**
 * Places trie nodes into base/check arrays. Bases are never negative and the arrays are padded
 * by the alphabet size, so `base[s] + code` is always in bounds and the scan needs no checks.
 */
function placeDoubleArray(children: ReadonlyArray<Map<number, number>>, alphabetSize: number): DoubleArray {
  let capacity = Math.max(1024, children.length * 2 + alphabetSize + 1);
  let base = new Int32Array(capacity);
  let check = new Int32Array(capacity).fill(-1);
  // nextFree[p]: a union-find skip pointer to the first free slot ≥ p.
  let nextFree = new Int32Array(capacity);
  for (let p = 0; p < capacity; p++) nextFree[p] = p;
  const grow = (needed: number): void => {
    if (needed < capacity) return;
    let next = capacity;
    while (next <= needed) next *= 2;
    const b = new Int32Array(next); b.set(base); base = b;
    const c = new Int32Array(next).fill(-1); c.set(check); check = c;
    const n = new Int32Array(next); n.set(nextFree);
    for (let p = capacity; p < next; p++) n[p] = p;
    nextFree = n;
    capacity = next;
  };
  const findFree = (from: number): number => {
    grow(from + 1);
    let p = from;
    while (nextFree[p] !== p) {
      const q = nextFree[p] as number;
      nextFree[p] = nextFree[q] as number;
      p = q;
      grow(p + 1);
    }
    return p;
  };
  const occupy = (slot: number, parent: number): void => {
    check[slot] = parent;
    grow(slot + 2);
    nextFree[slot] = slot + 1;
  };

  const slotOf = new Int32Array(children.length);
  occupy(0, 0); // the root's own slot; check[0] is never consulted for transitions from 0
  check[0] = -2;
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as number;
    const kids = children[node] as Map<number, number>;
    if (kids.size === 0) continue;
    const codes = [...kids.keys()].sort((a, b) => a - b);
    const first = codes[0] as number;
    let p = findFree(first + 1);
    let b = 0;
    for (;;) {
      b = p - first;
      grow(b + alphabetSize + 1);
      let fits = true;
      for (let k = 1; k < codes.length; k++) {
        if (check[b + (codes[k] as number)] !== -1) { fits = false; break; }
      }
      if (fits) break;
      p = findFree(p + 1);
    }
    const state = slotOf[node] as number;
    base[state] = b;
    for (const code of codes) {
      const kid = kids.get(code) as number;
      occupy(b + code, state);
      slotOf[kid] = b + code;
      queue.push(kid);
    }
  }
  // Trim, keeping room for base + any code from the last used slot.
  let used = 0;
  for (let s = capacity - 1; s >= 0; s--) if (check[s] !== -1) { used = s + 1; break; }
  let maxBase = 0;
  for (let s = 0; s < used; s++) if (check[s] !== -1 && (base[s] as number) > maxBase) maxBase = base[s] as number;
  const length = Math.max(used, maxBase + alphabetSize + 1);
  grow(length);
  return { base: base.slice(0, length), check: check.slice(0, length), slotOf };
}
