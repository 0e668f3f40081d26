import { AppError } from '../../core/model/index.ts';
import { COMMON_CHINESE } from './common-hanzi.ts';

/** A decoded text file and the encoding it was read with (WHATWG label, e.g. `utf-8`, `gb18030`). */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

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
    if (COMMON_CHINESE.has(ch)) common++;
    else if ((code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || (code >= 0x80 && code <= 0x9f)) bad++;
  }
  return wide === 0 ? 0 : (common - 4 * bad) / wide;
}

/**
 * Decodes the bytes of a text file. Order: a BOM (UTF-8, UTF-16LE/BE) decides; otherwise
 * BOM-less UTF-16 by its NUL pattern; otherwise strict UTF-8; otherwise GB18030 or Big5,
 * whichever decodes without error and reads more like Chinese (scored on a 256 KB sample so the
 * choice is quick on big files). Throws `import:errors.notText` for binary data or bytes that no
 * candidate encoding accepts. `name` is only used in the error.
 */
export function decodeText(name: string, bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeStrict(bom, bytes);
    if (text !== undefined && !textLooksBinary(text)) return { text, encoding: bom };
    throw new AppError('import:errors.notText', { name });
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const utf16 = guessUtf16(sample);
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    if (text !== undefined && !textLooksBinary(text)) return { text, encoding: utf16 };
  }
  if (looksBinary(sample)) throw new AppError('import:errors.notText', { name });
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const ranked = ['gb18030', 'big5']
    .map((label) => ({ label, sample: decodeSample(label, sample) }))
    .filter((candidate): candidate is { label: string; sample: string } => candidate.sample !== undefined)
    .map((candidate) => ({ label: candidate.label, score: chineseScore(candidate.sample) }))
    .sort((a, b) => b.score - a.score);
  for (const candidate of ranked) {
    const text = decodeStrict(candidate.label, bytes);
    if (text !== undefined && !textLooksBinary(text)) return { text, encoding: candidate.label };
  }
  throw new AppError('import:errors.notText', { name });
}
