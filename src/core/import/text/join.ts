import { joinKeepingCompounds } from '../paragraphs/join.ts';

/**
 * Characters after which (or before which) a line break inside a paragraph is not a word space:
 * Han, kana, Hangul, CJK punctuation, full-width forms, the em dash and the ellipsis.
 */
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2014\u2026]/u;

// Quotes and brackets are shared by Chinese and English; look past them to decide.
const NEUTRAL = /["'\u201c\u201d\u2018\u2019()[\]]/u;

/** True when `ch` (one code point) is a CJK character or CJK/full-width punctuation. */
export function isCjkChar(ch: string): boolean {
  return CJK_CHAR.test(ch);
}

function lastSignificant(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    if (!NEUTRAL.test(ch)) return ch;
  }
  return '';
}

function firstSignificant(text: string): string {
  for (const ch of text) if (!NEUTRAL.test(ch)) return ch;
  return '';
}

/**
 * Joins the lines of one paragraph (already trimmed) the way a reader would: CJK text flows
 * on without a space, Latin words get one space, and an English word hyphenated at the line end
 * is joined ("resi-" + "dents" → "residents") unless the hyphen is real: after one letter
 * ("e-" + "commerce") or when `isCompound` says the document spells the word with a hyphen
 * mid-line ("poverty-stricken"). Without `isCompound`, the paragraph's own lines are asked.
 * Empty lines are skipped.
 */
export function joinLines(lines: readonly string[], isCompound?: (hyphenated: string) => boolean): string {
  const compound = isCompound ?? compoundsOf(lines);
  const parts: string[] = [];
  // The last significant character so far, kept as we go: reading it back from the growing
  // string would flatten it on every line (quadratic on a million one-character lines).
  let before = '';
  for (const line of lines) {
    if (line === '') continue;
    const last = parts.at(-1);
    if (last !== undefined && /[A-Za-z]-$/u.test(last) && /^[a-z]/u.test(line)) {
      // Only the last line is re-joined, so the hyphen repair stays linear too.
      parts[parts.length - 1] = joinKeepingCompounds(last, line, compound);
      before = lastSignificant(line) || before;
      continue;
    }
    if (parts.length > 0) {
      const after = firstSignificant(line);
      parts.push(before === '' || after === '' || isCjkChar(before) || isCjkChar(after) ? '' : ' ');
    }
    parts.push(line);
    before = lastSignificant(line) || before;
  }
  return parts.join('');
}

/**
 * Collapses HTML/XML-style whitespace in `text`: runs of spaces, tabs and newlines become one
 * space, except that a run containing a newline between two CJK characters disappears (a source
 * line break in Chinese is not a word space). The result is trimmed.
 */
export function collapseWhitespace(text: string): string {
  // Two linear passes (no backtracking regex), so a megabyte of spaces cannot stall the import.
  const lines = text.replace(/[ \t\r\f\u00a0]+/g, ' ').split('\n');
  return joinLines(lines.map((line) => line.trim()));
}

/**
 * A compound test over `lines`: true for a hyphenated word (lower case) that occurs mid-line in
 * them. Importers pass the whole document's lines so one mid-line "poverty-stricken" keeps the
 * hyphen of a "poverty-" / "stricken" line break anywhere else.
 */
export function compoundsOf(lines: readonly string[]): (hyphenated: string) => boolean {
  let words: Set<string> | undefined;
  return (hyphenated) => {
    words ??= new Set(lines.flatMap((l) => (l.match(/[A-Za-z]+-[A-Za-z]+/gu) ?? []).map((w) => w.toLowerCase())));
    return words.has(hyphenated);
  };
}
