import { AppError } from '../../core/model/index.ts';
import { COMMON_CHINESE } from './common-hanzi.ts';

/** A decoded text file and the encoding it was read with (WHATWG label, e.g. `utf-8`, `gb18030`). */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  /** Bytes that were not valid in `encoding` and became U+FFFD (damaged UTF-8 only; else 0). */
  readonly invalidBytes: number;
}

/**
 * Most invalid bytes a file may have and still be read as UTF-8 (with U+FFFD for each): one
 * stray byte, or one per thousand on bigger files. A download cut inside the last character is
 * accepted apart from this (see {@link decodeText}).
 */
export const MAX_INVALID_UTF8 = (byteLength: number): number => Math.max(1, Math.floor(byteLength / 1000));

/**
 * The least {@link chineseScore} a GB18030 or Big5 reading must reach to be chosen: the text
 * must read like Chinese, not like Latin-1 or random bytes that happen to decode.
 */
export const MIN_LEGACY_SCORE = 0.5;

/** Bytes inspected for binary junk and for scoring legacy encodings; enough to decide, cheap to scan. */
const SAMPLE_BYTES = 256 * 1024;

function decodeStrict(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Decodes a prefix, tolerating a multi-byte sequence cut at the end of the sample. */
function decodeSample(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return undefined;
  }
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte, on one side only. */
function guessUtf16(sample: Uint8Array): string | undefined {
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return undefined;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.02) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.02) return 'utf-16be';
  return undefined;
}

/**
 * True when the bytes look like binary data rather than text in an 8-bit or multi-byte
 * encoding: any NUL, or more than 2 % C0 control bytes other than tab, newlines, form feed, ESC.
 */
export function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) || byte === 0x7f) {
      controls++;
    }
  }
  return controls > sample.length * 0.02;
}

/** True when decoded text is mostly control characters (catches binary read as UTF-16). */
function textLooksBinary(text: string): boolean {
  const end = Math.min(text.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const allowed = code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x1b;
    if ((code < 0x20 && !allowed) || (code >= 0x7f && code <= 0x9f) || code === 0xfffe || code === 0xffff) controls++;
  }
  return controls > end * 0.02;
}

/**
 * The first-level characters of GB2312 (lead bytes 0xB0–0xD7: the 3,755 most used simplified
 * hanzi) and the frequent characters of Big5 (lead bytes 0xA4–0xC6), read through the decoders
 * themselves once. UTF-8 Chinese misread as GB18030 lands in the rare second level (鏂囨湰…),
 * so membership tells a real legacy file from mojibake even in a short glossary.
 */
let frequentHanzi: Set<string> | null = null;
function isFrequentHanzi(ch: string): boolean {
  if (!frequentHanzi) {
    frequentHanzi = new Set();
    const gb = new TextDecoder('gb18030');
    for (let lead = 0xb0; lead <= 0xd7; lead++) for (let trail = 0xa1; trail <= 0xfe; trail++) frequentHanzi.add(gb.decode(new Uint8Array([lead, trail])));
    const big5 = new TextDecoder('big5');
    for (let lead = 0xa4; lead <= 0xc6; lead++) {
      for (let trail = 0x40; trail <= 0x7e; trail++) frequentHanzi.add(big5.decode(new Uint8Array([lead, trail])));
      for (let trail = 0xa1; trail <= 0xfe; trail++) frequentHanzi.add(big5.decode(new Uint8Array([lead, trail])));
    }
    frequentHanzi.delete('\ufffd');
  }
  return frequentHanzi.has(ch);
}

/**
 * How Chinese the text reads: the share of frequent hanzi and CJK punctuation among its
 * non-ASCII characters, minus a penalty for private-use and replacement characters (what GB18030
 * gives for Big5 punctuation, and the reverse).
 */
export function chineseScore(text: string): number {
  let common = 0;
  let bad = 0;
  let wide = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) continue;
    wide++;
    if (COMMON_CHINESE.has(ch) || isFrequentHanzi(ch)) common++;
    else if ((code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || (code >= 0x80 && code <= 0x9f)) bad++;
  }
  return wide === 0 ? 0 : (common - 4 * bad) / wide;
}

/**
 * Counts the bytes of `bytes` that are not part of a well-formed UTF-8 sequence, in one pass
 * (the same maximal-subpart rule TextDecoder uses to place U+FFFD). Stops counting past `stop`.
 */
export function countInvalidUtf8(bytes: Uint8Array, stop = Number.POSITIVE_INFINITY): number {
  let bad = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n && bad <= stop) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else {
      bad++;
      i++;
      continue;
    }
    let k = 1;
    for (; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) break;
    }
    if (k > need) i += need + 1;
    else {
      bad++;
      i += k;
    }
  }
  return bad;
}

/**
 * Decodes the bytes of a text file. Order: a BOM (UTF-8, UTF-16LE/BE) decides; otherwise
 * BOM-less UTF-16 by its NUL pattern; otherwise strict UTF-8; otherwise GB18030 or Big5,
 * whichever decodes without error and reads more like Chinese (scored on a 256 KB sample so the
 * choice is quick on big files). UTF-8 with a few bad bytes (see {@link MAX_INVALID_UTF8}: a cut
 * last character, a stray 0xFF) is still UTF-8, with U+FFFD for each bad byte, counted in
 * `invalidBytes`, never mojibake; a legacy encoding must reach {@link MIN_LEGACY_SCORE}. Throws `import:errors.notText` for binary data or bytes that no
 * candidate encoding accepts. `name` is only used in the error.
 */
export function decodeText(name: string, bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeStrict(bom, bytes);
    if (text !== undefined && !textLooksBinary(text)) return { text, encoding: bom, invalidBytes: 0 };
    throw new AppError('import:errors.notText', { name });
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = guessUtf16(sample);
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    if (text !== undefined && !textLooksBinary(text)) return { text, encoding: utf16, invalidBytes: 0 };
  }
  if (looksBinary(sample)) throw new AppError('import:errors.notText', { name });
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', invalidBytes: 0 };
  const allowed = MAX_INVALID_UTF8(bytes.length);
  const invalidBytes = countInvalidUtf8(bytes, allowed);
  // A cut last character: valid UTF-8 up to an incomplete sequence at the very end.
  const cutTail = decodeSample('utf-8', bytes) !== undefined;
  if (cutTail || invalidBytes <= allowed) {
    return { text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), encoding: 'utf-8', invalidBytes };
  }
  const ranked = ['gb18030', 'big5']
    .map((label) => ({ label, sample: decodeSample(label, sample) }))
    .filter((candidate): candidate is { label: string; sample: string } => candidate.sample !== undefined)
    .map((candidate) => ({ label: candidate.label, score: chineseScore(candidate.sample) }))
    .filter((candidate) => candidate.score >= MIN_LEGACY_SCORE)
    .sort((a, b) => b.score - a.score);
  for (const candidate of ranked) {
    const text = decodeStrict(candidate.label, bytes);
    if (text !== undefined && !textLooksBinary(text)) return { text, encoding: candidate.label, invalidBytes: 0 };
  }
  throw new AppError('import:errors.notText', { name });
}
