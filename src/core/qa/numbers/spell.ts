/**
 * Writes integers the ways a text may: Chinese numerals (一百二十, 三亿五千万), English words
 * ("one hundred and twenty"), grouped digits ("2,314"), full-width digits and 万/亿 mantissas
 * (1.5万). The property tests use these to show the normaliser reads every form back by value.
 */

const ZH_DIGITS = '零一二三四五六七八九';

function zhBelow10000(n: number, leadingZero: boolean): string {
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let out = '';
  let zero = leadingZero;
  values.forEach((v, k) => {
    const d = Math.floor(n / v) % 10;
    if (d === 0) {
      if (out !== '' || zero) zero = true;
      return;
    }
    if (zero && out !== '') out += '零';
    else if (zero && leadingZero) out += '零';
    zero = false;
    out += (d === 1 && v === 10 && out === '' && !leadingZero ? '' : ZH_DIGITS.charAt(d)) + (units[k] ?? '');
  });
  return out;
}

/** A non-negative integer below 10¹⁶ in Chinese numerals (0 → 零, 15 → 十五, 120 → 一百二十). */
export function toChineseNumeral(n: number): string {
  if (n === 0) return '零';
  const groups: number[] = [];
  let rest = n;
  while (rest > 0) {
    groups.push(rest % 10000);
    rest = Math.floor(rest / 10000);
  }
  const names = ['', '万', '亿', '万亿'];
  let out = '';
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k] as number;
    if (g === 0) continue;
    const needsZero = out !== '' && g < 1000;
    out += zhBelow10000(g, needsZero) + names[k];
  }
  return out;
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function enBelow1000(n: number): string {
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) parts.push(`${ONES[hundreds]} hundred`);
  if (rest > 0) {
    const words = rest < 20 ? (ONES[rest] as string) : `${TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${ONES[rest % 10]}` : ''}`;
    parts.push(hundreds > 0 ? `and ${words}` : words);
  }
  return parts.join(' ');
}

/** A non-negative integer below 10¹⁵ in English words ("two thousand three hundred and fourteen"). */
export function toEnglishWords(n: number): string {
  if (n === 0) return 'zero';
  const scales = ['', 'thousand', 'million', 'billion', 'trillion'];
  const parts: string[] = [];
  let rest = n;
  let k = 0;
  while (rest > 0) {
    const group = rest % 1000;
    if (group > 0) parts.unshift(`${enBelow1000(group)}${scales[k] ? ` ${scales[k]}` : ''}`);
    rest = Math.floor(rest / 1000);
    k++;
  }
  return parts.join(' ');
}

/** Digits with thousands commas: 2314 → "2,314". */
export function groupedDigits(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** ASCII digits to full-width ones: "12.5" → "１２．５". */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
