/** Latin typographic ligatures (U+FB00–U+FB06) and what they stand for. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
};

/**
 * Replaces ligature characters (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) with their letters, so "ﬁnally" can be
 * searched, counted and aligned as "finally". Everything else is left as it is (no NFKC: that
 * would also fold full-width punctuation the Chinese side needs).
 */
export function unfoldLigatures(text: string): string {
  return /[\ufb00-\ufb06]/u.test(text) ? text.replace(/[\ufb00-\ufb06]/gu, (ch) => LIGATURES[ch] ?? ch) : text;
}
