/**
 * Number values in Chinese and English text, compared by value across scripts and formats:
 * 1.5万 = 15,000 = "15 thousand", 百分之五十 = 50%, 三 = three, 二〇一九年 = 2019, full-width
 * ２０２３ = 2023, 第一条 = Article 1. Used as alignment anchors (and meant to be unified with the
 * number QA normaliser at merge). Pure; values are plain JS numbers.
 * Deliberately not read as numbers: a lone 一 / "one" / "first" (mostly "a", "together", "unify"
 * rather than a quantity) unless 第 precedes it; two adjacent digits such as 三四 ("three or four").
 * Values are rounded to 15 significant digits.
 */

const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const ZH_SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const ZH_NUMERAL_RUN = /第?[零〇一二两三四五六七八九十百千万亿](?:[零〇一二两三四五六七八九十百千万亿]|点(?=[零〇一二两三四五六七八九]))*/gu;
const ARABIC_ZH = /(百分之)?(\d+(?:,\d{3})*(?:\.\d+)?)(万亿|亿|万|千|百)?/gu;
const ZH_UNIT: Readonly<Record<string, number>> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 100 };

// 15 significant digits: removes binary noise (1.1 × 10000 = 11000.000000000002) at any magnitude.
const round = (v: number): number => Number(v.toPrecision(15));

/** Replaces full-width digits, point, comma-in-number and percent sign with ASCII ones. */
export function foldDigits(text: string): string {
  return text
    .replace(/[\uff10-\uff19]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/(?<=\d)[\uff0e](?=\d)/gu, '.')
    .replace(/(?<=\d)[\uff0c](?=\d{3}(?!\d))/gu, ',')
    .replace(/\uff05/gu, '%');
}

/**
 * The value of a run of Chinese numerals (一千二百三十四, 三万亿, 二〇一九, 三点五), or undefined
 * when it is not a number. Runs with no unit character and at least three digits (or a 〇) are
 * read digit by digit, as years are written.
 */
export function parseZhNumeral(run: string): number | undefined {
  const [intPart = '', fracPart] = run.split('点');
  if (intPart === '') return undefined;
  let value: number | undefined;
  if (!/[十百千万亿]/u.test(intPart) && (intPart.length >= 3 || intPart.includes('〇') || intPart.length === 1)) {
    let digits = '';
    for (const ch of intPart) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return undefined;
      digits += String(d);
    }
    value = Number(digits);
  } else if (!/[十百千万亿]/u.test(intPart)) {
    return undefined;
  } else {
    let total = 0;
    let section = 0;
    let num = 0;
    for (const ch of intPart) {
      const d = ZH_DIGITS[ch];
      const small = ZH_SMALL_UNITS[ch];
      if (d !== undefined) num = d;
      else if (small !== undefined) {
        section += (num || 1) * small;
        num = 0;
      } else if (ch === '万') {
        total += (section + num || 1) * 1e4;
        section = 0;
        num = 0;
      } else if (ch === '亿') {
        total = (total + section + num || 1) * 1e8;
        section = 0;
        num = 0;
      } else return undefined;
    }
    value = total + section + num;
  }
  if (fracPart !== undefined) {
    let frac = '';
    for (const ch of fracPart) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return undefined;
      frac += String(d);
    }
    if (frac === '') return undefined;
    value = Number(`${value}.${frac}`);
  }
  return round(value);
}

/** Every number value in Chinese text, in text order (see the module comment for what counts). */
export function zhNumbers(text: string): number[] {
  const folded = foldDigits(text);
  const found: { at: number; value: number }[] = [];
  for (const m of folded.matchAll(ARABIC_ZH)) {
    const base = Number((m[2] ?? '').replace(/,/gu, ''));
    const unit = m[3] ? (ZH_UNIT[m[3]] ?? 1) : 1;
    if (Number.isFinite(base)) found.push({ at: m.index, value: round(base * unit) });
  }
  const masked = folded.replace(ARABIC_ZH, (s) => ' '.repeat(s.length));
  for (const m of masked.matchAll(ZH_NUMERAL_RUN)) {
    let run = m[0];
    const ordinal = run.startsWith('第');
    if (ordinal) run = run.slice(1);
    if (run === '') continue;
    const percentOf = masked.slice(Math.max(0, m.index - 3), m.index) === '百分之';
    if (!ordinal && !percentOf && (run === '一' || run === '万' || run === '亿' || run === '千' || run === '百')) continue;
    if (run.startsWith('百分之')) continue;
    const value = parseZhNumeral(run);
    if (value !== undefined) found.push({ at: m.index, value });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.value);
}

const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fifteenth: 15, twentieth: 20, thirtieth: 30, hundredth: 100,
};
const EN_SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};
// Longest words first, each closed by \b, so "sixty" is never read as "six".
const EN_WORD = [...Object.keys(EN_UNITS), ...Object.keys(EN_SCALES)].sort((a, b) => b.length - a.length).join('|');
const EN_NUMBER = new RegExp(
  String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion|trillion)\b)?` +
    String.raw`|\b((?:(?:${EN_WORD})\b(?:[\s-]+(?:and[\s-]+)?)?)+)`,
  'giu',
);

function parseEnWords(run: string): number | undefined {
  const words = run.toLowerCase().split(/[\s-]+/u).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let section = 0;
  for (const w of words) {
    const unit = EN_UNITS[w];
    const scale = EN_SCALES[w];
    if (unit !== undefined) section += unit;
    else if (scale === 100) section = (section || 1) * 100;
    else if (scale !== undefined) {
      total += (section || 1) * scale;
      section = 0;
    }
  }
  return total + section;
}

/** Every number value in English text, in text order: digits (1,000.5; 15 million; 21st) and number words. */
export function enNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of foldDigits(text).matchAll(EN_NUMBER)) {
    if (m[1] !== undefined) {
      const base = Number(m[1].replace(/,/gu, ''));
      const scale = m[2] ? (EN_SCALES[m[2].toLowerCase()] ?? 1) : 1;
      if (Number.isFinite(base)) out.push(round(base * scale));
      continue;
    }
    const run = (m[3] ?? '').trim().replace(/[\s-]+and$/iu, '');
    if (/^(?:one|first|second)$/iu.test(run)) continue; // "one of", "at first", "a second": rarely quantities
    if (/^(?:hundred|thousand|million|billion|trillion)s?$/iu.test(run)) continue;
    const value = parseEnWords(run);
    if (value !== undefined) out.push(round(value));
  }
  return out;
}

const FORMAT_DIGITS = '零一二三四五六七八九';
const FORMAT_UNITS = ['', '十', '百', '千'];

function formatGroup(n: number): string {
  let s = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (s !== '') zero = true;
      continue;
    }
    if (zero) s += '零';
    zero = false;
    s += `${FORMAT_DIGITS[d] ?? ''}${FORMAT_UNITS[p] ?? ''}`;
  }
  return s;
}

/**
 * A non-negative integer below 10^12 in standard Chinese numerals (12345 → 一万二千三百四十五,
 * 10 → 十, 100000005 → 一亿零五). The inverse of {@link parseZhNumeral} for those values.
 */
export function formatZhNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`formatZhNumeral: ${n}`);
  if (n === 0) return '零';
  const groups = [Math.floor(n / 1e8), Math.floor(n / 1e4) % 1e4, n % 1e4];
  const suffix = ['亿', '万', ''];
  let out = '';
  groups.forEach((g, k) => {
    if (g === 0) return;
    if (out !== '' && g < 1000) out += '零';
    out += formatGroup(g) + (suffix[k] ?? '');
  });
  return out.startsWith('一十') ? out.slice(1) : out;
}
