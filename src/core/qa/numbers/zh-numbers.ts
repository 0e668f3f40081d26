/**
 * Numbers in Chinese text, by value. Two kinds, because the QA treats them differently:
 * - Arabic numbers (ASCII or full-width digits, thousands commas, decimals, % kept as the number)
 *   followed by 十/百/千/万/亿 multipliers, multiplied out: 1.5万 → 15000, 3千万 → 30000000,
 *   4000余 → 4000. The English must state these. `month` marks N月 (may be a month's name).
 * - Chinese-numeral numbers (三, 两, 十五, 一百二十, 二〇二三, 百分之五十, 三点五): the English may
 *   render or drop them; they only license numbers the English states.
 */
import type { FoundNumber } from './value.ts';

/** An Arabic number of the source, multiplied out; `month` when it is followed by 月 and is 1–12. */
export interface SourceNumber extends FoundNumber {
  readonly month: boolean;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const MULTIPLIER: Readonly<Record<string, number>> = { ...SMALL_UNITS, ...BIG_UNITS };

/** Full-width digits and punctuation of a number to ASCII (１２．５ → 12.5). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９．，％]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

// Digits, then (多/余 and) multipliers: 20多万 is "more than 200,000", so 多 may sit between.
const ARABIC = /(?<![0-9０-９.．])([0-9０-９]+(?:,[0-9]{3}(?![0-9]))*(?:[.．][0-9０-９]+)?)((?:[多余](?=[十拾百佰千仟万萬亿億]))?[十拾百佰千仟万萬亿億]*)(月)?/gu;

const METRIC = /[米克瓦卡焦帕伏赫]/u;

/** Every Arabic number of a Chinese text, multipliers applied (see the module comment). */
export function arabicNumbers(text: string): SourceNumber[] {
  const found: SourceNumber[] = [];
  ARABIC.lastIndex = 0;
  for (let m = ARABIC.exec(text); m !== null; m = ARABIC.exec(text)) {
    const digits = toAsciiDigits(m[1] as string).replace(/,/g, '');
    let units = m[2] ?? '';
    // 5千米 is 5 km and 3千克 3 kg: a metric prefix, not a multiplier.
    if (/[千仟百佰]$/u.test(units) && METRIC.test(text.charAt(m.index + (m[1] as string).length + units.length))) units = units.slice(0, -1);
    let value = Number(digits);
    for (const unit of units) value *= MULTIPLIER[unit] ?? 1; // 多/余 multiply by 1
    const month = m[3] !== undefined && units === '' && Number.isInteger(value) && value >= 1 && value <= 12;
    const end = m.index + (m[1] as string).length + units.length;
    found.push({ value, start: m.index, end, text: text.slice(m.index, end), month });
  }
  return found;
}

/**
 * The value of one run of Chinese numerals (一百二十 → 120, 十五 → 15, 三亿五千万 → 350000000,
 * 二〇二三 → 2023 read digit by digit, 三点五 → 3.5); null when it has no digit or unit.
 */
export function parseChineseNumeral(run: string): number | null {
  const point = run.indexOf('点');
  if (point >= 0) {
    const whole = point === 0 ? 0 : parseChineseNumeral(run.slice(0, point));
    const fraction = [...run.slice(point + 1)].map((c) => DIGITS[c]);
    if (whole === null || fraction.length === 0 || fraction.some((d) => d === undefined)) return whole;
    return Number(`${whole}.${fraction.join('')}`);
  }
  const chars = [...run];
  if (chars.length === 0) return null;
  if (chars.every((c) => DIGITS[c] !== undefined)) return Number(chars.map((c) => DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      section += (digit ?? 1) * small;
      digit = null;
      continue;
    }
    const big = BIG_UNITS[c];
    if (big === undefined) return null;
    const partial = section + (digit ?? 0);
    if (big === 1e8) total = (total + (partial === 0 && total === 0 ? 1 : partial)) * big;
    else total += (partial === 0 ? 1 : partial) * big;
    section = 0;
    digit = null;
  }
  return total + section + (digit ?? 0);
}

const NUMERAL_RUN = /(百分之)?([零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億点]+)/gu;
/** Characters that state a number without being a numeral (双方 "the two sides", 俩). */
const IMPLICIT: ReadonlyArray<readonly [RegExp, number]> = [
  [/[双雙俩倆]/u, 2],
  [/[首初]/u, 1],
  [/[半]/u, 0.5],
];

function numeralValues(run: string): number[] {
  const values: number[] = [];
  const whole = parseChineseNumeral(run);
  if (whole !== null) values.push(whole);
  // Each piece between two adjacent digits: 五六个 "five or six" → 5, 6; 十四五 "the 14th
  // Five-Year" → 14, 5; so any plausible reading licenses its numbers (二十 licenses 20, not 2).
  const chars = [...run];
  let piece = '';
  chars.forEach((c, k) => {
    piece += c;
    const next = chars[k + 1];
    if (next === undefined || (DIGITS[c] !== undefined && DIGITS[next] !== undefined)) {
      const v = parseChineseNumeral(piece);
      if (v !== null) values.push(v);
      piece = '';
    }
  });
  return values;
}

/**
 * Every value the Chinese licenses the English to state: its Arabic numbers (multiplied out),
 * the values of its Chinese numerals under every plausible reading, and numbers implied by
 * words like 双 (2). A superset on purpose: licensing too much hides little, too little cries wolf.
 */
export function licensedValues(text: string): number[] {
  const values = arabicNumbers(text).map((n) => n.value);
  // 三十多万 "more than 300,000": drop the 多 so the run reads 三十万.
  const numerals = text.replace(/(?<=[零〇一二两兩三四五六七八九十拾百佰千仟])[多余几](?=[十拾百佰千仟万萬亿億])/gu, '');
  NUMERAL_RUN.lastIndex = 0;
  for (let m = NUMERAL_RUN.exec(numerals); m !== null; m = NUMERAL_RUN.exec(numerals)) values.push(...numeralValues(m[2] as string));
  for (const [pattern, value] of IMPLICIT) if (pattern.test(text)) values.push(value);
  return values;
}
