/**
 * Text folding for matching Chinese against Chinese: the comparison form used by translation-memory
 * scores, the bigram index and concordance, and reusable by any feature that compares source
 * sentences (QA consistency, repetitions). Folding is per UTF-16 code unit and keeps a map back to
 * the original offsets, so a hit found in folded text can be shown in the original.
 */

/** True for the whitespace a match ignores: ASCII blanks, NBSP, ideographic space, line breaks. */
export function isMatchSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x09 || unit === 0x0a || unit === 0x0d || unit === 0xa0 || unit === 0x3000 || unit === 0x0b || unit === 0x0c;
}

/**
 * Folds one code unit: full-width ASCII (U+FF01–FF5E) to its half-width form, so `２０２３`
 * compares as `2023` and `，` stays distinct from `,` only where it is not a width variant
 * (Chinese punctuation such as `，` U+FF0C does fold to `,`: the two are typed interchangeably);
 * Latin capitals to lower case. Han characters are unchanged.
 */
export function foldUnit(unit: number): number {
  if (unit >= 0xff01 && unit <= 0xff5e) unit -= 0xfee0;
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  return unit;
}

/** A folded text and, for each of its code units, the offset of the unit it came from. */
export interface FoldedText {
  readonly text: string;
  readonly origin: Int32Array;
}

/** Folds `text` for matching: {@link foldUnit} on each unit, whitespace dropped. */
export function foldForMatch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isMatchSpace(unit)) continue;
    out += String.fromCharCode(foldUnit(unit));
  }
  return out;
}

/** Like {@link foldForMatch}, with the map from folded offsets back to `text` offsets. */
export function foldWithOrigin(text: string): FoldedText {
  const origin = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isMatchSpace(unit)) continue;
    origin[n++] = i;
    out += String.fromCharCode(foldUnit(unit));
  }
  origin[n] = text.length;
  return { text: out, origin: origin.subarray(0, n + 1) };
}
