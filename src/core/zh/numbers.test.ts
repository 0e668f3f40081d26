import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enNumbers, foldDigits, formatZhNumeral, parseZhNumeral, zhNumbers } from './numbers.ts';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

// English words for 0 < n < 10^9, written the way style guides do ("two hundred and five").
function words(n: number): string {
  const below1000 = (x: number): string => {
    const parts: string[] = [];
    if (x >= 100) parts.push(`${UNITS[Math.floor(x / 100)]} hundred`);
    const r = x % 100;
    if (r > 0) {
      if (x >= 100) parts.push('and');
      parts.push(r < 20 ? (UNITS[r] ?? '') : `${TENS[Math.floor(r / 10)]}${r % 10 ? `-${UNITS[r % 10]}` : ''}`);
    }
    return parts.join(' ');
  };
  const out: string[] = [];
  const millions = Math.floor(n / 1e6);
  const thousands = Math.floor(n / 1e3) % 1000;
  if (millions) out.push(`${below1000(millions)} million`);
  if (thousands) out.push(`${below1000(thousands)} thousand`);
  if (n % 1000) out.push(below1000(n % 1000));
  return out.join(' ');
}

const fullWidth = (s: string): string => s.replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 48 + 0xff10));

describe('Chinese numerals', () => {
  it('round-trip through formatZhNumeral and parseZhNumeral for every integer below 10^12', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => parseZhNumeral(formatZhNumeral(n)) === n));
  });
  it('are found in running text by value (a lone 一 only after 第)', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999_999_999 }), (n) => {
      expect(zhNumbers(`共有${formatZhNumeral(n)}人参加。`)).toEqual([n]);
    }));
    expect(zhNumbers('第一条')).toEqual([1]);
    expect(zhNumbers('一个人，统一')).toEqual([]);
  });
  it('read examples the way a translator would', () => {
    expect(zhNumbers('1.5万人')).toEqual([15000]);
    expect(zhNumbers('百分之五十')).toEqual([50]);
    expect(zhNumbers('增长12.5%')).toEqual([12.5]);
    expect(zhNumbers('三个苹果')).toEqual([3]);
    expect(zhNumbers('二〇一九年')).toEqual([2019]);
    expect(zhNumbers('2019年')).toEqual([2019]);
    expect(zhNumbers('２０２３年')).toEqual([2023]);
    expect(zhNumbers('3亿')).toEqual([300_000_000]);
    expect(zhNumbers('三万亿')).toEqual([3e12]);
    expect(zhNumbers('三点五')).toEqual([3.5]);
    expect(zhNumbers('三四个人')).toEqual([]);
    expect(parseZhNumeral('一百零五')).toBe(105);
    expect(parseZhNumeral('十')).toBe(10);
    expect(parseZhNumeral('甲')).toBeUndefined();
  });
});

describe('digits across formats', () => {
  it('full-width, ASCII and thousands-separated forms give the same value', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
      expect(zhNumbers(`${fullWidth(String(n))}元`)).toEqual([n]);
      expect(enNumbers(n.toLocaleString('en-US'))).toEqual([n]);
      expect(enNumbers(`${n} dollars`)).toEqual([n]);
    }));
  });
  it('万 and 亿 multiples equal the English thousand/million forms', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 9 }), (whole, tenth) => {
      const zh = zhNumbers(`${whole}.${tenth}万`);
      const en = enNumbers((whole * 10_000 + tenth * 1000).toLocaleString('en-US'));
      expect(zh).toEqual(en);
    }));
    expect(enNumbers('15 million')).toEqual(zhNumbers('1500万'));
  });
  it('decimals survive both sides', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
      const text = `${a}.${String(b).padStart(2, '0')}`;
      expect(zhNumbers(`${text}%`)).toEqual(enNumbers(`${text} percent`));
    }));
  });
  it('foldDigits maps full-width digits, point and percent', () => {
    expect(foldDigits('１２．５％')).toBe('12.5%');
  });
});

describe('English number words', () => {
  it('round-trip from words for every integer from 2 below a billion', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999_999 }), (n) => {
      expect(enNumbers(`There were ${words(n)} of them.`)).toEqual([n]);
    }));
  });
  it('match the Chinese numeral of the same value', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999 }), (n) => {
      expect(enNumbers(words(n))).toEqual(zhNumbers(formatZhNumeral(n)));
    }));
  });
  it('skip the pronoun "one" and read ordinals', () => {
    expect(enNumbers('one of them came first')).toEqual([]);
    expect(enNumbers('the third article, the 21st century, Article 1')).toEqual([3, 21, 1]);
  });
});
