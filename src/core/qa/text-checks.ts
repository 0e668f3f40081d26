/**
 * The checks that read the English alone (or against the source text only): empty-target,
 * untranslated, cjk-in-target, fullwidth-punct-in-target, unbalanced-brackets, double-space.
 */
import type { QaRange } from './types.ts';

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** True when the English is empty or only whitespace. */
export function isEmptyTarget(target: string): boolean {
  return target.trim() === '';
}

/**
 * True when the English equals the source (ignoring surrounding whitespace) or more than half of
 * its non-space characters are Han (the Chinese was pasted or left in place).
 */
export function isUntranslated(source: string, target: string): boolean {
  const t = target.trim();
  if (t === '') return false;
  if (t === source.trim()) return true;
  if (!HAN.test(t)) return false; // the common case, without walking the characters
  const han = t.match(HAN_ALL)?.length ?? 0;
  const all = [...t.replace(/\s+/gu, '')].length;
  return han * 2 > all;
}

/** Spans of the text matched by a global regex. */
function spans(re: RegExp, text: string): QaRange[] {
  const out: QaRange[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Runs of Han characters left in the English. */
export function hanRuns(target: string): QaRange[] {
  return spans(/\p{Script=Han}+/gu, target);
}

/**
 * CJK and full-width punctuation: the CJK Symbols and Punctuation block (。、「」《》【】 and the
 * ideographic space), full-width forms of ASCII punctuation (，！？：；（）), half-width CJK
 * punctuation (｡｢｣､･), vertical forms and the CJK compatibility and small form variants.
 * Curly quotes and apostrophes (U+2018–U+201F), dashes and the ellipsis are English typography.
 */
const FULLWIDTH_PUNCT = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\uFE10-\uFE1F\uFE30-\uFE4F\uFE50-\uFE6F]+/gu;

/** Runs of CJK or full-width punctuation in the English (see {@link FULLWIDTH_PUNCT}). */
export function fullwidthPunctuation(target: string): QaRange[] {
  return spans(FULLWIDTH_PUNCT, target);
}

const OPENERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS = new Set([')', ']', '}']);

/**
 * Brackets ( ) [ ] { } that do not nest: each unmatched or mismatched bracket. Quotation marks
 * are not brackets (a segment may open with a closing quote). A list marker "a)", "1)", "iv)" that
 * opens the segment is not an unmatched bracket.
 */
export function unbalancedBrackets(target: string): QaRange[] {
  const stack: Array<{ char: string; at: number }> = [];
  const bad: QaRange[] = [];
  for (let i = 0; i < target.length; i++) {
    const c = target.charAt(i);
    if (OPENERS[c] !== undefined) stack.push({ char: c, at: i });
    else if (CLOSERS.has(c)) {
      const top = stack[stack.length - 1];
      if (top !== undefined && OPENERS[top.char] === c) stack.pop();
      else if (c === ')' && top === undefined && /^\s*(?:\d{1,2}|[a-zA-Z]|[ivxIVX]{1,4})$/u.test(target.slice(0, i))) continue;
      else bad.push({ start: i, end: i + 1 });
    }
  }
  for (const open of stack) bad.push({ start: open.at, end: open.at + 1 });
  return bad.sort((a, b) => a.start - b.start);
}

/** Runs of two or more consecutive spaces (including no-break spaces) in the English. */
export function doubleSpaces(target: string): QaRange[] {
  return spans(/[ \u00a0]{2,}/gu, target);
}
