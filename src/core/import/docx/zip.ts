import { Inflate, strFromU8 } from 'fflate';
import { LIMITS } from '../../limits/index.ts';
import { AppError } from '../../model/index.ts';

/** One entry of a zip's central directory, with what it claims about its sizes. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
}

/** Limits that make a zip bomb fail fast instead of filling memory. */
export interface ZipLimits {
  /** Most bytes all extracted entries together may inflate to. */
  readonly maxTotalBytes: number;
  /** Highest inflated/compressed ratio accepted for an entry bigger than 1 MB. */
  readonly maxRatio: number;
}

/** Default limits: LIMITS.decompressedBytes of XML in total and a ratio of 500:1 (real DOCX XML stays near 10:1). */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: LIMITS.decompressedBytes, maxRatio: 500 };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
// Small input chunks bound what one push can inflate to (deflate tops out near 1032:1).
const CHUNK = 16 * 1024;

const corrupt = (): AppError => new AppError('import:errors.corruptDocx');

function u16(bytes: Uint8Array, at: number): number {
  if (at + 2 > bytes.length) throw corrupt();
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  if (at + 4 > bytes.length) throw corrupt();
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** True when the bytes start like a zip archive (local file header signature). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIGNATURE;
}

/**
 * Reads a zip's central directory without inflating anything. Throws `import:errors.corruptDocx`
 * for a truncated or malformed archive. Zip64 archives are not supported (DOCX never needs them).
 */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  // The end record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (u32(bytes, at) !== CENTRAL_SIGNATURE) throw corrupt();
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength > bytes.length) throw corrupt();
    entries.push({
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      declaredSize: u32(bytes, at + 24),
      localHeaderOffset: u32(bytes, at + 42),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Extracts the named entries (missing names are skipped) while enforcing `limits` on what the
 * entries declare and on what they actually inflate to, chunk by chunk, so a zip bomb stops
 * after at most a few chunks past the limit. Throws `import:errors.zipBomb` or
 * `import:errors.corruptDocx`.
 */
export function extractEntries(
  bytes: Uint8Array,
  names: readonly string[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Map<string, Uint8Array> {
  const entries = listZipEntries(bytes);
  const wanted = entries.filter((entry) => names.includes(entry.name));
  let declaredTotal = 0;
  for (const entry of wanted) {
    declaredTotal += entry.declaredSize;
    const ratio = entry.declaredSize / Math.max(1, entry.compressedSize);
    if (declaredTotal > limits.maxTotalBytes || (entry.declaredSize > 1024 * 1024 && ratio > limits.maxRatio)) {
      throw new AppError('import:errors.zipBomb');
    }
  }
  const out = new Map<string, Uint8Array>();
  let budget = limits.maxTotalBytes;
  for (const entry of wanted) {
    const data = inflateEntry(bytes, entry, Math.min(budget, entry.declaredSize));
    budget -= data.length;
    out.set(entry.name, data);
  }
  return out;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  if (u32(bytes, at) !== LOCAL_SIGNATURE) throw corrupt();
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corrupt();
  return bytes.subarray(start, end);
}

/** Inflates one entry, refusing to produce more than `limit` bytes (its declared size, capped). */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === 0) {
    if (data.length > limit) throw new AppError('import:errors.zipBomb');
    return data;
  }
  if (entry.method !== 8) throw corrupt();
  const chunks: Uint8Array[] = [];
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit) throw new AppError('import:errors.zipBomb');
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK) {
      inflater.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw corrupt();
  }
  if (produced !== entry.declaredSize) throw corrupt();
  const out = new Uint8Array(produced);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
