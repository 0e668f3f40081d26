/**
 * Numbers in English text, by value: digits with thousands separators and decimals ("2,314",
 * "1.5"), optionally scaled by a word ("1.5 million", "15 thousand", "$2bn"), digit ordinals
 * ("21st"), number words ("twenty-five", "one hundred and twenty", "a thousand"), ordinal words
 * ("third") and month names ("March" = 3). Only some of them are *claims* the source must license:
 * digits and cardinal words other than a lone "one" (a pronoun as often as a number); ordinal
 * words and month names may only satisfy a source number.
 */
import type { FoundNumber } from './value.ts';

/** A number of the English; `claim` when the source must license it (see the module comment). */
export interface TargetNumber extends FoundNumber {
  readonly claim: boolean;
}

const ONES: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Readonly<Record<string, number>> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const ABBREVIATED_SCALES: Readonly<Record<string, number>> = { bn: 1e9, tn: 1e12 };
const ORDINAL_ONES: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000, millionth: 1e6,
};
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const DIGIT_NUMBER = /(?<![\d.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?(?:(st|nd|rd|th)\b)?(?:[\s\u00a0-]*(hundred|thousand|million|billion|trillion)\b|(bn|tn)\b)?/giu;
const WORD = /[A-Za-z]+/gu;

type WordKind = { readonly kind: 'ones' | 'tens' | 'scale' | 'ordinal'; readonly value: number };
const WORDS = new Map<string, WordKind>([
  ...Object.entries(ONES).map(([w, value]) => [w, { kind: 'ones', value }] as const),
  ...Object.entries(TENS).map(([w, value]) => [w, { kind: 'tens', value }] as const),
  ...Object.entries(SCALES).map(([w, value]) => [w, { kind: 'scale', value }] as const),
  ...Object.entries(ORDINAL_ONES).map(([w, value]) => [w, { kind: 'ordinal', value }] as const),
]);
/** True when a text may hold a number word (cheap test before tokenising). */
const ANY_NUMBER_WORD = new RegExp(`\\b(?:${[...WORDS.keys()].join('|')})\\b`, 'iu');
const MONTH = new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'gu');

function wordValue(word: string): WordKind | null {
  return WORDS.get(word.toLowerCase()) ?? null;
}

/** Numbers written with digits, with their scale word or ordinal suffix. */
function digitNumbers(text: string): TargetNumber[] {
  const found: TargetNumber[] = [];
  DIGIT_NUMBER.lastIndex = 0;
  for (let m = DIGIT_NUMBER.exec(text); m !== null; m = DIGIT_NUMBER.exec(text)) {
    let value = Number(`${(m[1] as string).replace(/,/g, '')}${m[2] ?? ''}`);
    const scale = m[4] ?? m[5];
    if (scale !== undefined) value *= SCALES[scale.toLowerCase()] ?? ABBREVIATED_SCALES[scale.toLowerCase()] ?? 1;
    // "the 1990s" renders 90年代: a decade is no claim, and also counts as its last two digits.
    const decade = /^\d{4}$/u.test(m[1] as string) && m[2] === undefined && scale === undefined && /^s\b/u.test(text.slice(m.index + m[0].length));
    found.push({ value, start: m.index, end: m.index + m[0].length, text: m[0], claim: !decade });
    if (decade) found.push({ value: value % 100, start: m.index, end: m.index + m[0].length + 1, text: `${m[0]}s`, claim: false });
  }
  return found;
}

interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Runs of number words ("one hundred and twenty", "twenty-five", "a million"), and ordinal words. */
function wordNumbers(text: string, digitSpans: readonly TargetNumber[]): TargetNumber[] {
  if (!ANY_NUMBER_WORD.test(text)) return [];
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) tokens.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  const insideDigits = (t: Token): boolean => digitSpans.some((d) => d.start <= t.start && t.end <= d.end);
  const found: TargetNumber[] = [];
  let k = 0;
  while (k < tokens.length) {
    const token = tokens[k] as Token;
    const first = wordValue(token.word);
    const aScale = token.word.toLowerCase() === 'a' && tokens[k + 1] !== undefined && wordValue((tokens[k + 1] as Token).word)?.kind === 'scale';
    if ((first === null && !aScale) || insideDigits(token)) {
      k++;
      continue;
    }
    if (first?.kind === 'ordinal') {
      found.push({ value: first.value, start: token.start, end: token.end, text: token.word, claim: false });
      k++;
      continue;
    }
    // Consume a run: words joined by spaces, hyphens or "and" (only between number words).
    let total = 0;
    let current = 0;
    let end = token.end;
    let j = k;
    let words = 0;
    if (aScale) {
      current = 1;
      j++;
    }
    for (; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      const gap = text.slice(end, t.start);
      if (j > k && !/^[\s\u00a0-]*(?:and[\s\u00a0]+)?$/iu.test(gap)) break;
      if (t.word.toLowerCase() === 'and' && words > 0) {
        const next = tokens[j + 1];
        const nv = next && wordValue(next.word);
        if (nv && (nv.kind === 'ones' || nv.kind === 'tens') && /^\s+$/u.test(text.slice(t.end, next.start))) continue;
        break;
      }
      const v = wordValue(t.word);
      if (v === null || v.kind === 'ordinal') break;
      if (v.kind === 'scale') {
        if (v.value === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * v.value;
          current = 0;
        }
      } else current += v.value;
      end = t.end;
      words++;
    }
    const value = total + current;
    const written = text.slice(token.start, end);
    // A lone "one" is as often a pronoun ("one of the", "no one") as a number.
    found.push({ value, start: token.start, end, text: written, claim: !(words === 1 && value === 1 && !aScale) });
    k = Math.max(j, k + 1);
  }
  return found;
}

/** Month names written with a capital (so "may" the verb is not May), as their month numbers. */
function monthNumbers(text: string): TargetNumber[] {
  const found: TargetNumber[] = [];
  const re = MONTH;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    found.push({ value: MONTHS.indexOf(m[1] as string) + 1, start: m.index, end: m.index + m[0].length, text: m[0], claim: false });
  }
  return found;
}

/** Every number of an English text (see the module comment), in no particular order. */
export function englishNumbers(text: string): TargetNumber[] {
  const digits = digitNumbers(text);
  return [...digits, ...wordNumbers(text, digits), ...monthNumbers(text)];
}
