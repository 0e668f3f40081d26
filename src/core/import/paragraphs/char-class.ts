/**
 * Character classes shared by the layout importer, the paragraph assembler and the punctuation
 * repair. They work on single code points given as strings; they are deliberately coarse
 * (Chinese-first) because they decide joins and widths, not linguistic facts.
 */

/** Han ideographs (incl. extension A and compatibility), kana and Hangul: script characters that take no spaces. */
export function isCjkLetter(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0x20000 && c <= 0x3134f) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    c === 0x3007
  );
}

/** CJK punctuation and full-width forms (、。「」（），：etc.), excluding the ASCII-range characters. */
export function isCjkPunct(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0xfe30 && c <= 0xfe4f);
}

/** True for anything written without spaces around it in Chinese text (letters or CJK punctuation). */
export function isCjk(ch: string): boolean {
  return isCjkLetter(ch) || isCjkPunct(ch);
}

/** Curly quotes, which Chinese and English share; callers usually look through them for context. */
export function isCurlyQuote(ch: string): boolean {
  return ch === '\u201c' || ch === '\u201d' || ch === '\u2018' || ch === '\u2019';
}

/**
 * Display width in a monospaced terminal / pdftotext dump: East Asian wide and full-width
 * characters (and the curly quotes and middle dot, which CJK fonts draw full-width) count 2,
 * everything else 1. Combining marks are rare here and count 1, which is good enough for layout.
 */
export function displayWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (c < 0x1100) return c === 0xb7 ? 2 : 1;
  if (isCjk(ch)) return 2;
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x2fff) || (c >= 0x3100 && c <= 0x33ff)) return 2;
  if (c >= 0xa000 && c <= 0xa4cf) return 2;
  if (c >= 0x1f300 && c <= 0x1faff) return 2;
  if (isCurlyQuote(ch) || c === 0x2014 || c === 0x2026) return 2;
  return 1;
}

/** Width of `text` in ems as a CJK typesetter sees it: wide characters 1 em, everything else half. */
export function emWidth(text: string): number {
  let em = 0;
  for (const ch of text) em += displayWidth(ch) / 2;
  return em;
}

/** Width of `text` in display columns (see {@link displayWidth}). */
export function textDisplayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += displayWidth(ch);
  return w;
}
