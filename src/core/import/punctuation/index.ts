import { isCjk, isCurlyQuote } from '../paragraphs/char-class.ts';

/** Result of {@link repairPunctuation}: the repaired text and how many marks were made full-width. */
export interface PunctuationRepair {
  readonly text: string;
  readonly changes: number;
}

const FULL: Readonly<Record<string, string>> = {
  ',': '\uff0c',
  '(': '\uff08',
  ')': '\uff09',
  ':': '\uff1a',
  ';': '\uff1b',
  '!': '\uff01',
  '?': '\uff1f',
};

const URL_RE = /(?:https?:\/\/|ftp:\/\/|www\.)[\x21-\x7e]+/gu;

/**
 * Restores full-width Chinese punctuation that a PDF extractor (or a careless typist) wrote
 * half-width: `,():;!?` become `，（）：；！？` when they sit next to Chinese text, e.g.
 * `55.3%,有效` → `55.3%，有效`, `乡(镇)` → `乡（镇）`, `(五)` → `（五）`. Spaces around a repaired
 * mark are removed, since full-width marks carry their own spacing (`衔接 , 将` → `衔接，将`).
 * Never touches marks inside numbers (`1,568`, `12:30`), URLs, or text without a CJK neighbour
 * (ordinary Latin sentences keep their punctuation). A bracket pair is converted as a unit, so
 * mixed pairs such as `（五)` are normalised too. Curly quotes are looked through when deciding
 * the neighbour, because Chinese and English share them. `changes` counts converted marks.
 */
export function repairPunctuation(text: string): PunctuationRepair {
  const chars = Array.from(text);
  const inUrl = urlMask(text, chars.length);
  const out: (string | null)[] = chars.slice();
  let changes = 0;

  const convert = (i: number): void => {
    const ch = chars[i] ?? '';
    const full = FULL[ch];
    if (!full || out[i] === full) return;
    out[i] = full;
    changes++;
    for (let j = i - 1; j >= 0 && isSpace(chars[j]); j--) out[j] = null;
    for (let j = i + 1; j < chars.length && isSpace(chars[j]); j++) out[j] = null;
  };

  for (const [open, close] of bracketPairs(chars)) {
    if (inUrl[open] || inUrl[close]) continue;
    const openFull = chars[open] === '\uff08';
    const closeFull = chars[close] === '\uff09';
    if (openFull && closeFull) continue;
    const content = chars.slice(open + 1, close);
    const cjkInside = content.some(isCjk);
    const cjkOutside = isCjkContext(context(chars, open, -1)) || isCjkContext(context(chars, close, 1));
    if (cjkInside || cjkOutside || openFull || closeFull) {
      convert(open);
      convert(close);
    }
  }

  // Straight double quotes around or beside Chinese become “ ”: pdftotext and plain-text editors
  // flatten them, and a Chinese reader (and term matching on 《》“” boundaries) expects curly ones.
  for (const [open, close] of quotePairs(chars)) {
    if (inUrl[open] || inUrl[close]) continue;
    const cjkInside = chars.slice(open + 1, close).some(isCjk);
    const cjkOutside = isCjkContext(chars[open - 1]) || isCjkContext(chars[close + 1]);
    const cjkBothSides = isCjkContext(chars[open - 1]) && isCjkContext(chars[close + 1]);
    const quotesChinese = cjkInside && (cjkOutside || isLineEdge(chars, open - 1) || isLineEdge(chars, close + 1));
    // Latin quoted inside a Chinese sentence (实施"Digital China"战略) is a Chinese quotation too.
    if (!quotesChinese && !cjkBothSides) continue;
    out[open] = '\u201c';
    out[close] = '\u201d';
    changes += 2;
  }

  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    if (!(ch in FULL) || out[i] !== ch || inUrl[i]) continue;
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    if ((ch === ',' || ch === ':' || ch === ';') && isDigit(before) && isDigit(after)) continue;
    if (ch !== '(' && ch !== ')' && (after === '=' || after === '/' || after === ch)) continue;
    if (isCjkContext(context(chars, i, -1)) || isCjkContext(context(chars, i, 1))) convert(i);
  }

  if (changes === 0) return { text, changes: 0 };
  return { text: out.filter((c): c is string => c !== null).join(''), changes };
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0';
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

function isCjkContext(ch: string | undefined): boolean {
  return ch !== undefined && isCjk(ch);
}

/** The nearest character before (dir −1) or after (dir 1) `i`, skipping spaces and curly quotes. */
function context(chars: readonly string[], i: number, dir: -1 | 1): string | undefined {
  for (let j = i + dir; j >= 0 && j < chars.length; j += dir) {
    const ch = chars[j] ?? '';
    if (ch === '\n') return undefined;
    if (isSpace(ch) || isCurlyQuote(ch)) continue;
    return ch;
  }
  return undefined;
}

/** True at the start or end of the text or a line (a quotation may open a paragraph). */
function isLineEdge(chars: readonly string[], i: number): boolean {
  return i < 0 || i >= chars.length || chars[i] === '\n';
}

/**
 * Straight `"` marks paired in order on one line (first opens, second closes); an odd one out is
 * left alone, since a quote cannot be placed without its partner. Pairs longer than 200
 * characters are not quotations but stray marks.
 */
function quotePairs(chars: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\n') open = -1;
    else if (ch === '"') {
      if (open < 0) open = i;
      else {
        if (i - open <= 200) pairs.push([open, i]);
        open = -1;
      }
    }
  }
  return pairs;
}

/** Matching ( ) / （ ） pairs on one line, innermost first; mixed widths pair up too. */
function bracketPairs(chars: readonly string[]): [number, number][] {
  const pairs: [number, number][] = [];
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\n') stack.length = 0;
    else if (ch === '(' || ch === '\uff08') stack.push(i);
    else if ((ch === ')' || ch === '\uff09') && stack.length > 0) {
      const open = stack.pop() ?? 0;
      if (i - open <= 80) pairs.push([open, i]);
    }
  }
  return pairs;
}

/** Per code point: true inside something that looks like a URL, where punctuation is syntax. */
function urlMask(text: string, length: number): boolean[] {
  const mask = new Array<boolean>(length).fill(false);
  if (!/https?:|ftp:|www\./.test(text)) return mask;
  for (const m of text.matchAll(URL_RE)) {
    const start = Array.from(text.slice(0, m.index)).length;
    let url = m[0].replace(/[.,;:!?]+$/u, '');
    // A closing bracket ends the URL only when the URL itself has no matching opener.
    while (url.endsWith(')') && (url.match(/\(/gu) ?? []).length < (url.match(/\)/gu) ?? []).length) url = url.slice(0, -1);
    const len = Array.from(url).length;
    for (let k = start; k < start + len; k++) mask[k] = true;
  }
  return mask;
}
