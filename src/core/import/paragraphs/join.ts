import { isCjk } from './char-class.ts';

/**
 * Appends printed line `next` to paragraph text `acc` the way a reader would: no space between
 * lines when either side is Chinese (or other CJK), one space between Latin lines, and an
 * end-of-line hyphen removed when a lowercase word continues on the next line
 * (`inter-` + `national` → `international`). Soft hyphens at the line end are always removed.
 * Assumes both strings are already trimmed.
 */
export function joinLines(acc: string, next: string): string {
  if (acc.length === 0) return next;
  if (next.length === 0) return acc;
  if (acc.endsWith('\u00ad')) return acc.slice(0, -1) + next;
  const last = lastChar(acc);
  const first = next[0] ?? '';
  if (last === '-' && /[A-Za-z]-$/u.test(acc) && !/[A-Za-z]-[A-Za-z]+-$/u.test(acc) && /^[a-z]/u.test(next)) {
    return acc.slice(0, -1) + next;
  }
  if (isCjk(last) || isCjk(first)) return acc + next;
  return `${acc} ${next}`;
}

function lastChar(text: string): string {
  const cp = text.codePointAt(text.length - 1) ?? 0;
  if (cp >= 0xdc00 && cp <= 0xdfff && text.length >= 2) return String.fromCodePoint(text.codePointAt(text.length - 2) ?? 0);
  return String.fromCodePoint(cp);
}

/**
 * {@link joinLines}, except that an end-of-line hyphen the document means as a hyphen is kept
 * (with no space after it): after a single letter ("e-" + "commerce"; hyphenation never leaves
 * one letter behind), or when `isCompound` says the document spells the word with a hyphen
 * mid-line (`isCompound("well-drilling")`, lower case).
 */
export function joinKeepingCompounds(acc: string, next: string, isCompound: (hyphenated: string) => boolean): string {
  if (/[A-Za-z]-$/u.test(acc) && /^[a-z]/u.test(next)) {
    const word = `${/[A-Za-z]+-$/u.exec(acc)?.[0] ?? ''}${/^[A-Za-z]+/u.exec(next)?.[0] ?? ''}`;
    if (!/[A-Za-z]{2}-$/u.test(acc) || isCompound(word.toLowerCase())) return acc + next;
  }
  return joinLines(acc, next);
}

/** The hyphenated words (`well-drilling`, lower case) that occur inside `lines`, for {@link joinKeepingCompounds}. */
export function hyphenatedWords(lines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of lines) for (const m of l.matchAll(/[A-Za-z]+-[A-Za-z]+/gu)) out.add(m[0].toLowerCase());
  return out;
}
