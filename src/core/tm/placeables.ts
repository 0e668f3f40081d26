/**
 * Number placeables for fuzzy matches (memoQ-style auto-adaptation): when the current source and a
 * TM source differ only in their numbers, the TM target is offered with its numbers replaced by
 * the current ones and the replaced ranges marked. Digits compare after width folding, so `２０２３`
 * in the source and `2023` in the target are the same number. Han numerals (三, 十五) are not
 * placeables here: their English form is a word, and guessing it is a QA matter, not a TM one.
 */
import { foldUnit } from '../text/match-fold.ts';

/** A number found in a text: its UTF-16 range and its folded digits (`1,249.5` → `1249.5`). */
export interface NumberToken {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

const NUMBER = /[0-9０-９]+(?:[.,，．][0-9０-９]+)*/g;

function foldDigits(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return out;
}

/** The numbers of `text` in order; thousands separators are dropped from `value`, the decimal point kept. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = foldDigits(m[0]).replace(/，/g, ',').replace(/．/g, '.');
    // "1,249" groups thousands; "3,5" is ambiguous and kept whole as digits either way.
    const value = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw) ? raw.replace(/,/g, '') : raw;
    tokens.push({ start: m.index, end: m.index + m[0].length, value });
  }
  return tokens;
}

/** `text` with every number replaced by one marker character, for "only the numbers differ" tests. */
export function maskNumbers(text: string): string {
  return text.replace(NUMBER, '\u0000');
}

/** A TM target with numbers adapted to the current source, and the UTF-16 ranges it changed. */
export interface AdaptedTarget {
  readonly target: string;
  readonly marks: readonly (readonly [number, number])[];
}

/**
 * Adapts `matchTarget` to `query` when `query` and `matchSource` (both already compared in
 * folded form by the caller) differ only in numbers, the same count of them. Each changed source
 * number must occur in the target (as written, or with thousands separators): it is replaced by
 * the query's number, written the way the target wrote the old one (grouped when it was grouped).
 * Returns null when any changed number cannot be found, so nothing is ever half-adapted.
 */
export function adaptNumbers(query: string, matchSource: string, matchTarget: string): AdaptedTarget | null {
  const q = findNumbers(query);
  const s = findNumbers(matchSource);
  if (q.length !== s.length || q.length === 0) return null;
  const targetNumbers = findNumbers(matchTarget);
  const used = new Set<number>();
  const replacements: { start: number; end: number; text: string }[] = [];
  for (let k = 0; k < q.length; k++) {
    const from = s[k]!;
    const to = q[k]!;
    if (from.value === to.value) continue;
    const hit = targetNumbers.findIndex((t, i) => !used.has(i) && t.value === from.value);
    if (hit < 0) return null;
    used.add(hit);
    const old = targetNumbers[hit]!;
    const grouped = matchTarget.slice(old.start, old.end).includes(',');
    replacements.push({ start: old.start, end: old.end, text: grouped ? groupThousands(to.value) : to.value });
  }
  if (replacements.length === 0) return null;
  replacements.sort((a, b) => a.start - b.start);
  let target = '';
  let last = 0;
  const marks: [number, number][] = [];
  for (const r of replacements) {
    target += matchTarget.slice(last, r.start);
    marks.push([target.length, target.length + r.text.length]);
    target += r.text;
    last = r.end;
  }
  target += matchTarget.slice(last);
  return { target, marks };
}

/** `1234567.5` → `1,234,567.5`. */
function groupThousands(value: string): string {
  const [whole = '', fraction] = value.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
