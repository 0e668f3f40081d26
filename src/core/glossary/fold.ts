/**
 * Per-code-unit character folding for the term matcher. Folding maps one UTF-16 code unit to one
 * code unit, so a match in folded text has exactly the offsets of the original text.
 */

/** Maps one UTF-16 code unit to the unit it should compare as (e.g. 脫 → 脱, A → a). */
export type CharFold = (unit: number) => number;

/** The identity fold. */
export const identityFold: CharFold = (unit) => unit;

/**
 * Lower-cases a code unit when its lower-case form is a single unit (Latin, Greek, Cyrillic…);
 * anything else (and Chinese, which has no case) is returned unchanged.
 */
export const lowerCaseFold: CharFold = (unit) => {
  if (unit < 0x41) return unit;
  if (unit <= 0x5a) return unit + 0x20;
  if (unit < 0xc0 || (unit >= 0x2e80 && unit < 0xa640) || (unit >= 0xac00 && unit < 0xfb00)) return unit;
  if (unit >= 0xd800 && unit < 0xe000) return unit;
  const lower = String.fromCharCode(unit).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : unit;
};

/** A 65,536-entry table of `fold(unit)` for every code unit, for allocation-free lookups. */
export function buildFoldTable(fold: CharFold): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) {
    const folded = fold(unit);
    table[unit] = folded >= 0 && folded < 0x10000 ? folded : unit;
  }
  return table;
}

/** Ranges of Han characters a script converter is asked about (BMP only: folding is per unit). */
const HAN_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Builds a per-character fold from a whole-string script converter such as opencc-js
 * `Converter({ from: 'tw', to: 'cn' })`. Each Han character is converted on its own (phrase
 * rules never apply); a character whose conversion is not exactly one code unit stays as is.
 * Assumes `convert` leaves "\n" alone, as OpenCC converters do.
 */
export function foldFromConverter(convert: (text: string) => string): CharFold {
  const table = new Uint16Array(0x10000);
  for (let unit = 0; unit < 0x10000; unit++) table[unit] = unit;
  for (const [from, to] of HAN_RANGES) {
    const chars: string[] = [];
    for (let unit = from; unit <= to; unit++) chars.push(String.fromCharCode(unit));
    const converted = convert(chars.join('\n')).split('\n');
    const aligned = converted.length === chars.length;
    for (let k = 0; k < chars.length; k++) {
      const out = aligned ? converted[k] : convert(chars[k] ?? '');
      if (out !== undefined && out.length === 1) table[from + k] = out.charCodeAt(0);
    }
  }
  return (unit) => table[unit] ?? unit;
}

/** Applies `first`, then `second`. */
export function composeFolds(first: CharFold, second: CharFold): CharFold {
  return (unit) => second(first(unit));
}
