/** What to search for and how; `scope` says which side of each row is searched. */
export interface FindOptions {
  readonly query: string;
  readonly regex: boolean;
  readonly caseSensitive: boolean;
  readonly wholeWord: boolean;
}

/** One match inside one text, as UTF-16 offsets (what ProseMirror and JS strings use). */
export interface TextMatch {
  readonly from: number;
  readonly to: number;
  /** The regex match, for `$1`-style replacements. */
  readonly groups: RegExpExecArray;
}

/** A compiled search (see {@link compileMatcher}); `regex` is global, so it is used one search at a time. */
export type Matcher = { readonly regex: RegExp; readonly wholeWord: boolean };

/** Upper bound on matches in one text, so a pattern like `.` on a huge block stays responsive. */
export const MAX_MATCHES_PER_TEXT = 10_000;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * Compiles the options. Literal queries are escaped; regular expressions use the `u` flag (code
 * points, \p{…} classes). Case-insensitivity only affects letters with case, so hanzi are never
 * affected. Returns null for an empty query and `{ error }` with the engine's message for an
 * invalid pattern.
 */
export function compileMatcher(options: FindOptions): Matcher | { readonly error: string } | null {
  if (options.query === '') return null;
  try {
    const source = options.regex ? options.query : escape(options.query);
    return { regex: new RegExp(source, options.caseSensitive ? 'gu' : 'giu'), wholeWord: options.wholeWord };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// Letters and digits of scripts written with spaces between words. Han (and kana) characters are
// not word characters here: Chinese has no spaces, so a "word" boundary next to a hanzi is always a
// boundary, and whole-word search of 林西 still finds it inside 林西县.
const LATIN_WORD = /[\p{L}\p{N}\p{M}_]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
function isWordChar(char: string | undefined): boolean {
  return char !== undefined && LATIN_WORD.test(char) && !UNSPACED.test(char);
}
function charBefore(text: string, offset: number): string | undefined {
  return offset > 0 ? String.fromCodePoint(text.codePointAt(offset - (offset > 1 && /[\udc00-\udfff]/u.test(text[offset - 1]!) ? 2 : 1))!) : undefined;
}
function charAt(text: string, offset: number): string | undefined {
  return offset < text.length ? String.fromCodePoint(text.codePointAt(offset)!) : undefined;
}

/**
 * Every non-overlapping, non-empty match of `matcher` in `text`, left to right. With whole word,
 * a match is kept only if no word character touches it on a side where it itself starts or ends
 * with a word character (so "cat" skips "concatenate", and "3.5" still matches in "3.5%").
 */
export function findInText(text: string, matcher: Matcher): TextMatch[] {
  const { regex } = matcher;
  const found: TextMatch[] = [];
  regex.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (found.length < MAX_MATCHES_PER_TEXT && (m = regex.exec(text)) !== null) {
    const from = m.index;
    const to = from + m[0].length;
    if (to === from) {
      regex.lastIndex = from + (text.codePointAt(from)! > 0xffff ? 2 : 1);
      continue;
    }
    if (matcher.wholeWord) {
      const startsWord = isWordChar(charAt(text, from));
      const endsWord = isWordChar(charBefore(text, to));
      if ((startsWord && isWordChar(charBefore(text, from))) || (endsWord && isWordChar(charAt(text, to)))) {
        regex.lastIndex = from + 1;
        continue;
      }
    }
    found.push({ from, to, groups: m });
  }
  return found;
}

/**
 * The replacement text for one match: with `regex`, `$&`, `$1`…`$99`, `$<name>` and `$$` are
 * expanded as in String.prototype.replace; otherwise the replacement is literal.
 */
export function expandReplacement(replacement: string, match: RegExpExecArray, regex: boolean): string {
  if (!regex) return replacement;
  return replacement.replace(/\$(\$|&|\d{1,2}|<[^>]*>)/gu, (whole, token: string) => {
    if (token === '$') return '$';
    if (token === '&') return match[0];
    if (token.startsWith('<')) return match.groups?.[token.slice(1, -1)] ?? '';
    const n = Number(token);
    return n > 0 && n < match.length ? (match[n] ?? '') : whole;
  });
}

/** `text` with every match replaced; returns the count too (0 means unchanged). */
export function replaceInText(text: string, matcher: Matcher, replacement: string, regex: boolean): { text: string; count: number } {
  const matches = findInText(text, matcher);
  if (matches.length === 0) return { text, count: 0 };
  let out = '';
  let at = 0;
  for (const m of matches) {
    out += text.slice(at, m.from) + expandReplacement(replacement, m.groups, regex);
    at = m.to;
  }
  return { text: out + text.slice(at), count: matches.length };
}
