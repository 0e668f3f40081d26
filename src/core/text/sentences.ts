/**
 * Sentence segmentation for Chinese and English block text, and alignment of the two sides'
 * sentences inside one block. Used by sentence-level TMX export; the spans cover the text with
 * no gaps, so joining the sentences always gives the block back.
 */

/** A sentence as a UTF-16 range `[start, end)` of the text it came from. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const ZH_TERMINATORS = new Set(['。', '！', '？', '!', '?', '…', '⋯']);
const ZH_CLOSERS = new Set(['”', '’', '」', '』', '）', '】', '》', '〉', '〕', ')', '"']);
const EN_TERMINATORS = new Set(['.', '!', '?', '…']);
const EN_CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const EN_OPENERS = new Set(['"', "'", '“', '‘', '(', '[']);

/**
 * Words that end in a full stop without ending the sentence (compared in lower case, without
 * their final dot). "No." and "Vol." need no entry: a number follows them, never a capital.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'al',
  'inc', 'ltd', 'co', 'corp', 'gen', 'col', 'capt', 'lt', 'sgt', 'rev', 'gov', 'sen', 'rep', 'hon',
  'fig', 'approx', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'p.r.c', 'ph.d',
]);

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u3000' || ch === '\u00a0';
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Extends a break position past trailing whitespace, which belongs to the sentence before it. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text[i] ?? '')) i++;
  return i;
}

function toSpans(text: string, breaks: number[]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const end of breaks) {
    if (end > start && end < text.length) {
      spans.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

function zhBreaks(text: string): number[] {
  const breaks: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!ZH_TERMINATORS.has(text[i] ?? '')) {
      i++;
      continue;
    }
    while (i < text.length && ZH_TERMINATORS.has(text[i] ?? '')) i++;
    while (i < text.length && ZH_CLOSERS.has(text[i] ?? '')) i++;
    i = skipSpaces(text, i);
    breaks.push(i);
  }
  return breaks;
}

/** The word (letters and inner dots) that ends right before the full stop at `dot`. */
function wordBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1] ?? '')) s--;
  return text.slice(s, dot);
}

function isAbbreviation(word: string): boolean {
  if (word === '') return false;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "J. R. Tolkien"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "e.g", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** A list number or letter opening a paragraph or sentence ("1.", "iv.", "b."), which does not end one. */
function isListMarker(before: string): boolean {
  return /^\s*(?:\d{1,3}|[ivxlc]{1,6}|[a-z])$/iu.test(before);
}

function enBreaks(text: string): number[] {
  const breaks: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (!EN_TERMINATORS.has(text[i] ?? '')) {
      i++;
      continue;
    }
    const first = i;
    while (i < text.length && EN_TERMINATORS.has(text[i] ?? '')) i++;
    const singleDot = i - first === 1 && text[first] === '.';
    while (i < text.length && EN_CLOSERS.has(text[i] ?? '')) i++;
    const afterSpace = skipSpaces(text, i);
    if (afterSpace === i) continue; // "3.5", "example.com", "…and"
    const next = text[afterSpace] ?? '';
    if (afterSpace < text.length && !isUpper(next) && !EN_OPENERS.has(next)) continue;
    if (singleDot && isAbbreviation(wordBefore(text, first))) continue;
    if (singleDot && isListMarker(text.slice(breaks[breaks.length - 1] ?? 0, first))) continue;
    breaks.push(afterSpace);
    i = afterSpace;
  }
  return breaks;
}

/**
 * Splits `text` into sentences. The spans are UTF-16 offsets, in order, covering the whole text
 * with no gaps; whitespace after a sentence belongs to it. Empty text gives no spans.
 * zh: breaks after 。！？… (runs such as ！？ and …… stay together), keeping closing quotes and
 * brackets with the sentence; never at ，；：. en: breaks after . ! ? (and runs, ellipses) when
 * whitespace and a capital or an opening quote follow, except after abbreviations (Mr., e.g.,
 * U.S.), initials, list numbers opening a sentence ("1. Everyone") and inside decimals.
 */
export function splitSentences(text: string, lang: 'zh' | 'en'): SentenceSpan[] {
  return toSpans(text, lang === 'zh' ? zhBreaks(text) : enBreaks(text));
}

/**
 * True when `spans` cover `text` exactly as {@link splitSentences} gives them: in order, no gaps,
 * no overlaps, no empty span (and none for empty text). Stored splits are checked with this
 * before use, so a stale or damaged one can never lose or repeat text.
 */
export function spansTile(spans: readonly SentenceSpan[], text: string): boolean {
  let at = 0;
  for (const span of spans) {
    if (span.start !== at || span.end <= span.start) return false;
    at = span.end;
  }
  return at === text.length;
}

/** One aligned pair of sentence groups; either side may be empty (an unmatched sentence). */
export interface SentencePair {
  readonly zh: string;
  readonly en: string;
}

/** Alignment moves (zh count, en count) with Gale–Church prior costs (−log probability). */
const MOVES: readonly (readonly [number, number, number])[] = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099 / 2)],
  [0, 1, -Math.log(0.0099 / 2)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)],
];
const VARIANCE = 6.8;

/** Two-sided tail probability of the standard normal beyond |z| (Abramowitz–Stegun 26.2.17). */
function tail(z: number): number {
  const x = Math.abs(z);
  const t = 1 / (1 + 0.2316419 * x);
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const p = 2 * (0.3989422804014327 * Math.exp((-x * x) / 2) * poly);
  return Math.max(p, 1e-12);
}

function matchCost(zhLen: number, enLen: number, ratio: number): number {
  const expected = zhLen * ratio;
  const mean = Math.max(1, (expected + enLen) / 2);
  return -Math.log(tail((enLen - expected) / Math.sqrt(VARIANCE * mean)));
}

/**
 * Pairs the sentences of one block. Equal counts pair one to one; otherwise a length-based
 * dynamic-programming alignment (Gale–Church, with the block's own en/zh length ratio as the
 * expected ratio) chooses among 1-1, 1-2, 2-1, 1-0 and 0-1 groupings. Text is never dropped:
 * joining every pair's `zh` gives `zh.join('')`, and likewise for `en`.
 */
export function pairSentences(zh: readonly string[], en: readonly string[]): SentencePair[] {
  if (zh.length === en.length) return zh.map((z, k) => ({ zh: z, en: en[k] ?? '' }));
  const n = zh.length;
  const m = en.length;
  const zhLen = zh.map((s) => s.trim().length);
  const enLen = en.map((s) => s.trim().length);
  const totalZh = zhLen.reduce((a, b) => a + b, 0);
  const totalEn = enLen.reduce((a, b) => a + b, 0);
  const ratio = totalZh > 0 && totalEn > 0 ? totalEn / totalZh : 1;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Infinity);
  const move = new Int8Array((n + 1) * width).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i * width + j] ?? Infinity;
      if (here === Infinity) continue;
      MOVES.forEach(([di, dj, prior], k) => {
        if (i + di > n || j + dj > m) return;
        let lz = 0;
        for (let a = i; a < i + di; a++) lz += zhLen[a] ?? 0;
        let le = 0;
        for (let b = j; b < j + dj; b++) le += enLen[b] ?? 0;
        const step = here + prior + (di > 0 && dj > 0 ? matchCost(lz, le, ratio) : 0);
        const cell = (i + di) * width + j + dj;
        if (step < (cost[cell] ?? Infinity)) {
          cost[cell] = step;
          move[cell] = k;
        }
      });
    }
  }
  const pairs: SentencePair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [di, dj] = MOVES[move[i * width + j] ?? 0] ?? [1, 1];
    pairs.push({ zh: zh.slice(i - di, i).join(''), en: en.slice(j - dj, j).join('') });
    i -= di;
    j -= dj;
  }
  return pairs.reverse();
}
