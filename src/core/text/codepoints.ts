/**
 * Conversions between UTF-16 code-unit offsets (what JavaScript strings and ProseMirror use) and
 * Unicode code-point offsets (what every offset that leaves the app uses: exports, annotations,
 * the CLI). 𠮷 is one code point but two code units, so the two differ after any astral character.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/**
 * The code-point offset of UTF-16 offset `unitOffset` in `text`. An offset that falls between
 * the two halves of a surrogate pair counts as after the pair's start (it is not a valid
 * boundary; callers should not produce one). Throws RangeError outside 0…text.length.
 */
export function unitToCodePoint(text: string, unitOffset: number): number {
  if (unitOffset < 0 || unitOffset > text.length) throw new RangeError(`offset ${unitOffset} outside 0…${text.length}`);
  return codePointLength(text.slice(0, unitOffset));
}

/**
 * The UTF-16 offset of code-point offset `pointOffset` in `text`.
 * Throws RangeError when `pointOffset` is negative or past the end of the text.
 */
export function codePointToUnit(text: string, pointOffset: number): number {
  if (pointOffset < 0) throw new RangeError(`offset ${pointOffset} is negative`);
  let unit = 0;
  for (let point = 0; point < pointOffset; point++) {
    if (unit >= text.length) throw new RangeError(`offset ${pointOffset} past the end (${codePointLength(text)})`);
    const code = text.codePointAt(unit) ?? 0;
    unit += code > 0xffff ? 2 : 1;
  }
  return unit;
}
