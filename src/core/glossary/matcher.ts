import { buildAutomaton, type Automaton } from './automaton.ts';
import { buildFoldTable, composeFolds, lowerCaseFold, type CharFold } from './fold.ts';
import type { GlossaryEntry, TermHit } from './model.ts';

/** Options for {@link createTermMatcher}. */
export interface MatcherOptions {
  /**
   * Extra per-unit folding applied to both glossary and text before matching, e.g. traditional →
   * simplified (see {@link foldFromConverter}). Case folding is always applied on top of it;
   * case-sensitive entries are then re-checked against the unlowered text.
   */
  readonly fold?: CharFold;
}

/** Finds glossary terms in text; build once per glossary with {@link createTermMatcher}. */
export interface TermMatcher {
  /** The entries the matcher was built from, in the order given. */
  readonly entries: readonly GlossaryEntry[];
  /**
   * Leftmost-longest, non-overlapping matches in text order, offsets in UTF-16 code units.
   * At one start the longest term wins (党建联合体 over 党建); a match starting earlier wins over
   * a later overlapping one. Latin terms only match at word boundaries (GDP not in "GDPR").
   */
  findTerms(text: string): TermHit[];
}

const NEEDS_CASE_CHECK = 1;
const MIXED_CASE = 2; // some entries case-sensitive, some not
const WORD_START = 4;
const WORD_END = 8;

/** Latin letters and digits: a Latin term must not continue into one of these. */
function isLatinWordUnit(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || ((unit | 0x20) >= 0x61 && (unit | 0x20) <= 0x7a) || (unit >= 0xc0 && unit <= 0x24f && unit !== 0xd7 && unit !== 0xf7);
}

/**
 * Builds a matcher over `entries` (entries with an empty source are ignored). Entries with the
 * same folded source share one automaton pattern and are reported together in `entryIds`.
 */
export function createTermMatcher(entries: readonly GlossaryEntry[], options: MatcherOptions = {}): TermMatcher {
  const scriptTable = options.fold ? buildFoldTable(options.fold) : null;
  const fullTable = buildFoldTable(options.fold ? composeFolds(options.fold, lowerCaseFold) : lowerCaseFold);
  const foldString = (text: string, table: Uint16Array): string => {
    let out = '';
    for (let i = 0; i < text.length; i++) out += String.fromCharCode(table[text.charCodeAt(i)] as number);
    return out;
  };

  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const patternEntries: number[][] = [];
  entries.forEach((entry, index) => {
    const source = entry.source.trim();
    if (source.length === 0) return;
    const key = foldString(source, fullTable);
    let id = patternIndex.get(key);
    if (id === undefined) {
      id = patterns.length;
      patternIndex.set(key, id);
      patterns.push(key);
      patternEntries.push([]);
    }
    (patternEntries[id] as number[]).push(index);
  });

  const automaton: Automaton = buildAutomaton(patterns, fullTable);
  const flags = new Uint8Array(patterns.length);
  const idsOf: Array<readonly string[]> = [];
  const sources: string[][] = [];
  patterns.forEach((pattern, id) => {
    const members = patternEntries[id] as number[];
    const sensitive = members.filter((i) => (entries[i] as GlossaryEntry).caseSensitive).length;
    let flag = 0;
    if (sensitive > 0) flag |= NEEDS_CASE_CHECK;
    if (sensitive > 0 && sensitive < members.length) flag |= MIXED_CASE;
    if (isLatinWordUnit(pattern.charCodeAt(0))) flag |= WORD_START;
    if (isLatinWordUnit(pattern.charCodeAt(pattern.length - 1))) flag |= WORD_END;
    flags[id] = flag;
    idsOf.push(Object.freeze(members.map((i) => (entries[i] as GlossaryEntry).id)));
    sources.push(members.map((i) => (entries[i] as GlossaryEntry).source.trim()));
  });

  // A case-sensitive entry accepts a match when the text equals its source after script folding only.
  const sameCase = (text: string, start: number, source: string): boolean => {
    for (let k = 0; k < source.length; k++) {
      const a = text.charCodeAt(start + k);
      const b = source.charCodeAt(k);
      if (a !== b && (scriptTable === null || scriptTable[a] !== scriptTable[b])) return false;
    }
    return true;
  };
  const acceptedIds = (text: string, start: number, pattern: number): readonly string[] => {
    const members = patternEntries[pattern] as number[];
    const ids: string[] = [];
    members.forEach((index, k) => {
      const entry = entries[index] as GlossaryEntry;
      if (!entry.caseSensitive || sameCase(text, start, (sources[pattern] as string[])[k] as string)) ids.push(entry.id);
    });
    return ids;
  };
  const accepts = (text: string, start: number, end: number, pattern: number): boolean => {
    const flag = flags[pattern] as number;
    if ((flag & WORD_START) !== 0 && start > 0 && isLatinWordUnit(text.charCodeAt(start - 1))) return false;
    if ((flag & WORD_END) !== 0 && end < text.length && isLatinWordUnit(text.charCodeAt(end))) return false;
    if ((flag & NEEDS_CASE_CHECK) === 0 || (flag & MIXED_CASE) !== 0) return true;
    return acceptedIds(text, start, pattern).length > 0;
  };

  // Best match per start position for the last `window` starts, in a ring whose size is a
  // power of two so a slot is a mask, not a division.
  const window = Math.max(1, automaton.maxPatternLength);
  let ringSize = 1;
  while (ringSize < window) ringSize <<= 1;
  const ringMask = ringSize - 1;
  const ringEnd = new Int32Array(ringSize);
  const ringPattern = new Int32Array(ringSize);
  const ringStart = new Int32Array(ringSize);

  // Two modes. Skipping: the automaton is at the root before unit i and no match is pending;
  // a unit is skipped when no pattern can start there (pair prefilter), with no dependency on
  // automaton state, so the CPU can overlap iterations. Scanning: the plain Aho–Corasick loop,
  // left as soon as the automaton is back at the root or at a fresh depth-1 state.
  // Settling a start (emitting its best match once no longer match can begin there) is rare
  // and stays out of line. Every table is a local so V8 keeps it in a register.
  const findTerms = (text: string): TermHit[] => {
    const hits: TermHit[] = [];
    if (patterns.length === 0) return hits;
    const { alphabet, base, check, fail, output, emit, outLink, patternLength, depth, startPairs, singleUnits } = automaton;
    const pairMask = startPairs.length * 8 - 1;
    const n = text.length;
    let pending = 0;
    let lastEnd = 0;
    let nextSettle = 0;
    const settleThrough = (limit: number): void => {
      if (pending === 0) { if (limit + 1 > nextSettle) nextSettle = limit + 1; return; }
      // Pending starts all lie in the last window, so older positions need no visit.
      if (nextSettle < limit + 1 - window) nextSettle = limit + 1 - window;
      for (; nextSettle <= limit && pending > 0; nextSettle++) {
        const start = nextSettle;
        const slot = start & ringMask;
        const end = ringEnd[slot] as number;
        if (end === 0 || ringStart[slot] !== start) continue;
        ringEnd[slot] = 0;
        pending--;
        if (start < lastEnd) continue;
        const pattern = ringPattern[slot] as number;
        const ids = ((flags[pattern] as number) & MIXED_CASE) !== 0 ? acceptedIds(text, start, pattern) : (idsOf[pattern] as readonly string[]);
        if (ids.length === 0) continue;
        hits.push({ start, end, entryIds: ids });
        lastEnd = end;
      }
      if (pending === 0 && limit + 1 > nextSettle) nextSettle = limit + 1;
    };
    let i = 0;
    while (i < n) {
      // Skipping mode: straight from raw units, branch-free apart from the exit test.
      let u2 = text.charCodeAt(i);
      for (; i < n; i++) {
        const u1 = u2;
        u2 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        const bit = (Math.imul(u1, 0x9e3779b1) ^ Math.imul(u2, 0x85ebca6b)) >>> 0 & pairMask;
        if (((((startPairs[bit >>> 3] as number) >>> (bit & 7)) | ((singleUnits[u1 >>> 3] as number) >>> (u1 & 7))) & 1) !== 0) break;
      }
      if (i >= n) break;
      // Scanning mode, from the root at unit i.
      const scanStart = i;
      let state = 0;
      for (; i < n; i++) {
        const code = alphabet[text.charCodeAt(i)] as number;
        if (code === 0) {
          state = 0;
        } else {
          for (;;) {
            const t = (base[state] as number) + code;
            if (check[t] === state) { state = t; break; }
            if (state === 0) break;
            state = fail[state] as number;
          }
        }
        let o = emit[state] as number;
        while (o >= 0) {
          const pattern = output[o] as number;
          const end = i + 1;
          const start = end - (patternLength[pattern] as number);
          if (start >= lastEnd && (flags[pattern] === 0 || accepts(text, start, end, pattern))) {
            const slot = start & ringMask;
            const previous = ringEnd[slot] as number;
            if (previous === 0) pending++;
            if (end > previous) { ringEnd[slot] = end; ringPattern[slot] = pattern; ringStart[slot] = start; }
          }
          o = outLink[o] as number;
        }
        if (pending > 0) settleThrough(i + 1 - window);
        if (state === 0) { i++; break; }
        // A fresh depth-1 state with no output: nothing before i can still match, and unit i is
        // re-examined by the prefilter (never the unit the scan started on, so i always advances).
        if (depth[state] === 1 && (emit[state] as number) < 0 && i > scanStart) break;
      }
      settleThrough(i - 1);
    }
    settleThrough(n - 1);
    return hits;
  };

  return { entries, findTerms };
}
