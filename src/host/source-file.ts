import { AppError } from '../core/model/index.ts';
import type { ImportResult } from '../core/model/index.ts';
import type { FilePayload, ImportOptions } from '../shared/dto.ts';
import { importFile } from './import/import-file.ts';
import type { NewDocument } from './storage/project-store.ts';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/u;

/** Decodes a transport file payload; `host:errors.badFile` when the base64 is malformed. */
export function decodeFilePayload(file: FilePayload): Uint8Array {
  const data = file.dataBase64.replace(/\s+/gu, '');
  if (data.length % 4 === 1 || !BASE64.test(data)) throw new AppError('host:errors.badFile', { name: file.fileName });
  return new Uint8Array(Buffer.from(data, 'base64'));
}

/** The file name without folders and without its last extension: the default title and project name. */
export function fileStem(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? fileName;
  const withoutLayout = base.replace(/\.layout\.txt$/iu, '');
  const stem = withoutLayout === base ? base.replace(/\.[^.]+$/u, '') : withoutLayout;
  return stem === '' ? base : stem;
}

/** Runs the importer on raw bytes with the product defaults (punctuation repair on). */
export function importBytes(fileName: string, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportResult> {
  return importFile(fileName, bytes, { repairPunctuation: options.repairPunctuation ?? true });
}

/** A document ready to store, titled after the file. */
export function toNewDocument(fileName: string, result: ImportResult): NewDocument {
  return { title: fileStem(fileName), sourceFileName: fileName.split(/[\\/]/u).pop() ?? fileName, result };
}
