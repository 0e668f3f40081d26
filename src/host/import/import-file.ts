import { importDocx } from '../../core/import/docx/import-docx.ts';
import { isZip, listZipEntries } from '../../core/import/docx/zip.ts';
import { importHtml, looksLikeHtml } from '../../core/import/html/import-html.ts';
import { importLayoutText, looksLikeLayoutText } from '../../core/import/layout/index.ts';
import { importMarkdown } from '../../core/import/markdown/import-markdown.ts';
import { importText } from '../../core/import/text/import-text.ts';
import type { ImportResult } from '../../core/model/index.ts';
import { AppError } from '../../core/model/index.ts';
import { finalizeImport } from '../../core/import/finalize.ts';
import { LIMITS } from '../../core/limits/index.ts';
import { decodeText } from './decode.ts';
import { unfoldLigatures } from '../../core/text/ligatures.ts';

/** Options for {@link importFile}. */
export interface ImportFileOptions {
  /** Turn half-width punctuation in Chinese full-width; on unless `false`. */
  readonly repairPunctuation?: boolean;
  /** Cancels the import; the promise then rejects with `import:errors.cancelled`. */
  readonly signal?: AbortSignal;
  /** Progress in format-specific units (pages for PDF; 0/1 then 1/1 for the others). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Files larger than this are refused before anything is decoded ({@link LIMITS.fileBytes}). */
export const MAX_IMPORT_BYTES = LIMITS.fileBytes;

/** Which importer a file goes to. */
export type SniffedFormat = 'pdf' | 'docx' | 'zip' | 'ole' | 'text';

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkdn?)$/i;
const HTML_EXTENSIONS = /\.(html?|xhtml)$/i;
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Throws `import:errors.tooLarge` when a file of `byteLength` bytes is over {@link MAX_IMPORT_BYTES}. */
export function assertImportSize(name: string, byteLength: number, limit = MAX_IMPORT_BYTES): void {
  if (byteLength > limit) {
    throw new AppError('import:errors.tooLarge', { name, size: byteLength, limitMb: Math.round(limit / 1024 / 1024) });
  }
}

function startsWithPdf(bytes: Uint8Array): boolean {
  // The PDF spec tolerates junk before the header; readers look in the first kilobyte.
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46) return true;
  }
  return false;
}

/**
 * Decides the format from the bytes alone: `%PDF` → pdf, a zip holding word/document.xml → docx,
 * another zip → zip, an OLE compound file (.doc) → ole, anything else → text (decoded later).
 * A broken zip with a .docx name counts as docx so the user hears it is a damaged Word file.
 */
export function sniffFormat(fileName: string, bytes: Uint8Array): SniffedFormat {
  if (startsWithPdf(bytes)) return 'pdf';
  if (OLE_SIGNATURE.every((byte, i) => bytes[i] === byte)) return 'ole';
  if (isZip(bytes)) {
    try {
      return listZipEntries(bytes).some((entry) => entry.name === 'word/document.xml') ? 'docx' : 'zip';
    } catch (error) {
      if (/\.docx$/i.test(fileName)) return 'docx';
      throw error;
    }
  }
  return 'text';
}

function importDecoded(fileName: string, bytes: Uint8Array, repairPunctuation: boolean): ImportResult {
  const { text, encoding, invalidBytes } = decodeText(fileName, bytes);
  const options = { repairPunctuation, encoding };
  const withDamage = (result: ImportResult): ImportResult =>
    invalidBytes === 0 ? result : { ...result, layout: { ...result.layout, invalidBytes } };
  if (looksLikeHtml(text) || HTML_EXTENSIONS.test(fileName)) return withDamage(importHtml(text, options));
  if (MARKDOWN_EXTENSIONS.test(fileName)) return withDamage(importMarkdown(text, options));
  if (looksLikeLayoutText(text)) {
    const result = importLayoutText(text, { repairPunctuation });
    if (result.paragraphs.length === 0) throw new AppError('import:errors.noParagraphs');
    return withDamage({ ...result, layout: { ...result.layout, encoding } });
  }
  return withDamage(importText(text, options));
}

/** Runs {@link finalizeImport} and records what it removed in the layout facts. */
function finalized(raw: ImportResult): ImportResult {
  const { result, report } = finalizeImport(raw);
  return report.controlsRemoved === 0 ? result : { ...result, layout: { ...result.layout, controlsRemoved: report.controlsRemoved } };
}

// English sources (and some Chinese ones) carry ﬁ/ﬂ ligatures from typesetting; the PDF path
// already folds them while normalising glyphs, the text formats do it here.
function withoutLigatures(result: ImportResult): ImportResult {
  if (!result.paragraphs.some((p) => /[\ufb00-\ufb06]/u.test(p.text))) return result;
  return { ...result, paragraphs: result.paragraphs.map((p) => ({ ...p, text: unfoldLigatures(p.text) })) };
}

function withName(error: unknown, name: string): unknown {
  if (error instanceof AppError && error.code.startsWith('import') && error.details.name === undefined) {
    return new AppError(error.code, { ...error.details, name });
  }
  return error;
}

/**
 * Imports one file the user picked: sniffs the content first and the extension second, then
 * runs the PDF, DOCX, HTML, Markdown, layout-text or plain-text importer. Never writes anywhere.
 * Rejects with an {@link AppError} (`import:errors.*`, details include `name`, or `limits:errors.*`)
 * for empty, huge, binary, undecodable, damaged or hostile files. Every result has passed
 * {@link finalizeImport}: no control characters, paragraph and sentence limits enforced.
 */
export async function importFile(fileName: string, bytes: Uint8Array, options: ImportFileOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  // One default for every format, whatever each importer's own default is.
  const repairPunctuation = options.repairPunctuation !== false;
  try {
    assertImportSize(fileName, bytes.length);
    if (signal?.aborted) throw new AppError('import:errors.cancelled');
    if (bytes.length === 0) throw new AppError('import:errors.emptyFile');
    const format = sniffFormat(fileName, bytes);
    if (format === 'pdf') {
      const { importPdf } = await import('./pdf/import-pdf.ts');
      return finalized(await importPdf(bytes, { repairPunctuation, signal, onProgress }));
    }
    if (format === 'ole') throw new AppError('import:errors.legacyDoc');
    if (format === 'zip') throw new AppError('import:errors.unsupportedZip');
    onProgress?.(0, 1);
    const result = format === 'docx' ? importDocx(bytes, { repairPunctuation }) : importDecoded(fileName, bytes, repairPunctuation);
    if (signal?.aborted) throw new AppError('import:errors.cancelled');
    onProgress?.(1, 1);
    return finalized(withoutLigatures(result));
  } catch (error) {
    throw withName(error, fileName);
  }
}
