import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { arabicNumbers, englishNumbers, licensedValues, parseChineseNumeral, valueKey } from './index.ts';
import { groupedDigits, toChineseNumeral, toEnglishWords, toFullWidth } from './spell.ts';

const englishValues = (text: string): number[] => englishNumbers(text).map((n) => n.value);
const has = (values: readonly number[], v: number): boolean => values.some((x) => valueKey(x) === valueKey(v));

describe('Chinese numbers', () => {
  it.each([
    ['1.5万', 15000],
    ['4000余', 4000],
    ['１２', 12],
    ['3千万', 30_000_000],
    ['2.5亿', 250_000_000],
    ['10万亿', 1e13],
    ['20多万', 200_000],
    ['2,314', 2314],
    ['５０％', 50],
  ])('reads the Arabic number %s as %d', (text, value) => {
    expect(arabicNumbers(text).map((n) => n.value)).toEqual([value]);
  });

  it('does not multiply a metric prefix: 5千米 is 5 (km), 3千克 is 3 (kg)', () => {
    expect(arabicNumbers('5千米').map((n) => n.value)).toEqual([5]);
    expect(arabicNumbers('3千克').map((n) => n.value)).toEqual([3]);
  });

  it('marks N月 as a month', () => {
    expect(arabicNumbers('3月5日').map((n) => [n.value, n.month])).toEqual([[3, true], [5, false]]);
  });

  it.each([
    ['三', 3], ['两', 2], ['十五', 15], ['一百二十', 120], ['二〇二三', 2023], ['三亿五千万', 350_000_000],
    ['一万亿', 1e12], ['三点五', 3.5], ['一百零五', 105], ['十', 10],
  ])('parses the numeral %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('licenses numerals, 百分之N, 多 before a multiplier and the pieces of 十四五', () => {
    expect(has(licensedValues('百分之五十'), 50)).toBe(true);
    expect(has(licensedValues('三十多万人'), 300_000)).toBe(true);
    expect(has(licensedValues('十四五规划'), 14)).toBe(true);
    expect(has(licensedValues('十四五规划'), 5)).toBe(true);
    expect(has(licensedValues('双方'), 2)).toBe(true);
    // 二十 licenses 20, not 2.
    expect(has(licensedValues('二十大'), 2)).toBe(false);
  });
});

describe('English numbers', () => {
  it.each([
    ['15,000', 15000], ['1.5 million', 1_500_000], ['15 thousand', 15000], ['$2bn', 2e9], ['21st', 21],
    ['twenty-five', 25], ['one hundred and twenty', 120], ['a thousand', 1000], ['third', 3], ['March', 3],
  ])('reads %s as %d', (text, value) => {
    expect(has(englishValues(text), value)).toBe(true);
  });

  it('claims digits and cardinal words but not a lone "one", ordinal words or months', () => {
    const claims = (t: string): number[] => englishNumbers(t).filter((n) => n.claim).map((n) => n.value);
    expect(claims('one of the 3 cities')).toEqual([3]);
    expect(claims('the third time in March')).toEqual([]);
    expect(claims('two sides')).toEqual([2]);
  });

  it('does not read "may" the verb as May', () => {
    expect(englishValues('we may do it')).toEqual([]);
  });

  it('reads a decade as its year and its two digits, without claiming the year', () => {
    const found = englishNumbers('since the 1990s');
    expect(found.map((n) => [n.value, n.claim])).toEqual([[1990, false], [90, false]]);
  });
});

describe('value round trips across scripts and formats (property)', () => {
  const integers = fc.integer({ min: 0, max: 999_999_999_999 });

  it('Chinese numerals read back the value', () => {
    fc.assert(fc.property(integers, (n) => parseChineseNumeral(toChineseNumeral(n)) === n));
  });

  it('Chinese numerals license the value', () => {
    fc.assert(fc.property(integers, (n) => has(licensedValues(`共${toChineseNumeral(n)}人`), n)));
  });

  it('English words read back the value', () => {
    fc.assert(fc.property(integers, (n) => has(englishValues(`about ${toEnglishWords(n)} people`), n)));
  });

  it('grouped digits, plain digits and full-width digits agree', () => {
    fc.assert(
      fc.property(integers, (n) => {
        const grouped = groupedDigits(n);
        return has(englishValues(grouped), n) && arabicNumbers(grouped)[0]?.value === n && arabicNumbers(toFullWidth(String(n)))[0]?.value === n;
      }),
    );
  });

  it('a 万/亿 mantissa in Chinese equals the scaled English (1.5万 = 15 thousand = 15,000)', () => {
    const mantissa = fc.integer({ min: 1, max: 99_999 }).map((k) => k / 10);
    fc.assert(
      fc.property(mantissa, fc.constantFrom(['万', 1e4], ['亿', 1e8]), (m, [unit, scale]) => {
        const value = m * (scale as number);
        const zh = arabicNumbers(`${m}${unit as string}元`)[0]?.value ?? NaN;
        const inThousands = englishValues(`${groupedDigits(value / 1000)} thousand`);
        return valueKey(zh) === valueKey(value) && has(englishValues(groupedDigits(value)), value) && has(inThousands, value);
      }),
    );
  });

  it('English "N million/billion" equals the digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(['million', 1e6], ['billion', 1e9]), (k, [word, scale]) => {
        const m = k / 10;
        return has(englishValues(`${m} ${word as string}`), m * (scale as number));
      }),
    );
  });
});
