import { AppError } from '../../core/model/index.ts';
import { readTmFile, tmFileKind } from '../../core/tm/read-tm-file.ts';
import { tmxReader } from '../../core/tm/tmx-read.ts';
import type { TmFile } from '../../core/tm/tm-unit.ts';
import type { AddContext, TmStore } from './tm-store.ts';

/** What an import did: units added, and units skipped (already in the TM, or one-sided). */
export interface TmImportSummary {
  readonly added: number;
  readonly skipped: number;
}

/** Import progress in thousandths: reading the file is the first half, writing units the second. */
export type TmImportProgress = (permille: number) => void;

/** Units written per event-loop turn, so progress polls and the UI stay served during a long import. */
const BATCH = 2000;

/** Decodes a TM file: UTF-8 (BOM optional) or UTF-16 with a BOM. */
export function decodeTmBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('tm:errors.notUtf8');
  }
}

/**
 * Imports a TMX, XLIFF, TSV or CSV file into `store`. The file is parsed and its language pair
 * checked before anything is written (`tm:errors.languagePair`, `tm:errors.unknownFormat`, the
 * parsers' errors); then all units are written in ONE transaction, in batches that yield to the
 * event loop between them. A crash or kill in the middle leaves the TM exactly as it was before
 * (SQLite rolls the open transaction back from the WAL on next open).
 */
export async function importTmFile(store: TmStore, fileName: string, bytes: Uint8Array, ctx: AddContext, onProgress?: TmImportProgress): Promise<TmImportSummary> {
  const kind = tmFileKind(fileName);
  if (!kind) throw new AppError('tm:errors.unknownFormat', { fileName });
  const text = decodeTmBytes(bytes);
  let file: TmFile & { readonly incomplete: number };
  if (kind === 'tmx') {
    // Read in slices between event-loop turns, so progress polls are answered while reading too.
    const reader = tmxReader(text);
    let count = 0;
    for (let step = reader.next(); ; step = reader.next()) {
      if (step.done) {
        file = step.value;
        break;
      }
      if (++count % BATCH === 0) {
        onProgress?.(Math.floor((500 * step.value) / text.length));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  } else file = readTmFile(text, kind);
  store.checkLanguages(file.sourceLang, file.targetLang);
  onProgress?.(500);
  const big = file.units.length > 5000;
  if (big) store.dropIndex(); // rebuilt in one bulk pass on next lookup, faster than 100,000 single adds
  const withOrigin: AddContext = { ...ctx, originFile: ctx.originFile ?? fileName };
  let added = 0;
  store.db.exec('BEGIN IMMEDIATE');
  try {
    for (let i = 0; i < file.units.length; i++) {
      if (store.addUnit(file.units[i]!, withOrigin) !== null) added++;
      if ((i + 1) % BATCH === 0) {
        onProgress?.(500 + Math.floor((500 * (i + 1)) / file.units.length));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    store.db.exec('COMMIT');
  } catch (error) {
    if (store.db.isTransaction) store.db.exec('ROLLBACK');
    store.dropIndex();
    throw error;
  }
  onProgress?.(1000);
  return { added, skipped: file.units.length - added + file.incomplete };
}
