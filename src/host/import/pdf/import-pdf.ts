import { itemBodySize, pageNeedsImages, reconstructLayout } from '../../../core/import/pdf-layout/index.ts';
import { checkLimit } from '../../../core/limits/index.ts';
import { precheckPdf } from './pdf-limits.ts';
import type { PdfPageContent } from '../../../core/import/pdf-layout/index.ts';
import { AppError } from '../../../core/model/index.ts';
import type { ImportResult } from '../../../core/model/index.ts';
import type { ImageOps } from './page-content.ts';
import { readImages, withFonts } from './page-content.ts';
import type { Pdfjs } from './pdf-open.ts';
import { documentParams, loadPdfjs } from './pdf-open.ts';
import type { ReadPage, TextPassOptions } from './read-text-pages.ts';
import { readAllText } from './read-text-pages.ts';

export type { ParallelOptions } from './read-text-pages.ts';

/** Options of {@link importPdf}. */
export interface ImportPdfOptions extends TextPassOptions {
  /** Turn half-width punctuation inside Chinese text full-width (default false). */
  readonly repairPunctuation?: boolean;
  /** Upper bound for opening the document and for reading each page; defaults to 20 s. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 20_000;

function imageOps(pdfjs: Pdfjs): ImageOps {
  const o = pdfjs.OPS;
  return {
    save: o.save,
    restore: o.restore,
    transform: o.transform,
    formBegin: o.paintFormXObjectBegin,
    formEnd: o.paintFormXObjectEnd,
    paints: new Set([
      o.paintImageXObject,
      o.paintInlineImageXObject,
      o.paintInlineImageXObjectGroup,
      o.paintImageMaskXObject,
      o.paintImageMaskXObjectGroup,
      o.paintImageXObjectRepeat,
      o.paintImageMaskXObjectRepeat,
    ]),
  };
}

/** Races `work` against the timeout and the abort signal, so a stuck page cannot hang the import. */
function bounded<T>(work: Promise<T>, ms: number, signal: AbortSignal | undefined, onTimeout: () => AppError): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => finish(() => reject(onTimeout())), ms);
    const onAbort = (): void => finish(() => reject(new AppError('import-pdf:errors.cancelled')));
    const finish = (settle: () => void): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      settle();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}

/** The operator limits again, on the text items pdfjs returned (the pre-check only estimates). */
function checkTextItems(pages: readonly PdfPageContent[]): void {
  let total = 0;
  for (const page of pages) {
    checkLimit('operatorsPerPage', page.items.length);
    total += page.items.length;
  }
  checkLimit('operatorsPerDocument', total);
}

function loadError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') return new AppError('import-pdf:errors.encrypted');
  const message = error instanceof Error ? error.message : String(error);
  return new AppError('import-pdf:errors.corrupt', { message });
}

/**
 * Imports a PDF: reads every page's positioned text and image boxes with pdfjs (legacy build,
 * local cMaps and standard fonts, no eval, no network), then rebuilds paragraphs in reading order
 * with {@link reconstructLayout}. Long documents have their text read by worker threads in
 * parallel (see `parallel`). Throws AppError `import-pdf:errors.encrypted` (password
 * needed), `.corrupt` (unreadable or truncated), `.noText` (no text layer: scanned pages, no OCR),
 * `.cancelled` (signal aborted) or `.timeout` (a page took longer than `timeoutMs`), and
 * `limits:errors.*` for pages, decompressed bytes, operators and XObject fan-out (see pdf-limits.ts).
 */
export async function importPdf(bytes: Uint8Array, options: ImportPdfOptions = {}): Promise<ImportResult> {
  const { signal } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (signal?.aborted) throw new AppError('import-pdf:errors.cancelled');
  precheckPdf(bytes);
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParams(pdfjs, bytes.slice()));
  // A password prompt would wait forever; fail at once instead.
  task.onPassword = (): void => {
    void task.destroy();
  };
  try {
    const doc = await bounded(task.promise, timeoutMs, signal, () => new AppError('import-pdf:errors.timeout', { page: 0 })).catch(
      (error: unknown) => {
        throw task.destroyed && !(error instanceof AppError) ? new AppError('import-pdf:errors.encrypted') : loadError(error);
      },
    );
    checkLimit('pages', doc.numPages);
    const ops = imageOps(pdfjs);
    const read: ReadPage = (n, work) => {
      if (signal?.aborted) throw new AppError('import-pdf:errors.cancelled');
      const job = doc.getPage(n).then(work);
      return bounded(job, timeoutMs, signal, () => new AppError('import-pdf:errors.timeout', { page: n })).catch((error: unknown) => {
        throw loadError(error);
      });
    };
    const textPages = await readAllText(bytes, doc, read, options, timeoutMs);
    checkTextItems(textPages);
    if (!textPages.some((p) => p.items.some((it) => it.str.trim().length > 0))) throw new AppError('import-pdf:errors.noText');
    // Second pass, only where it matters: operator lists are several times costlier than text.
    const body = itemBodySize(textPages);
    const boldCache = new Map<string, boolean>();
    const pages: PdfPageContent[] = [];
    for (const textPage of textPages) {
      let page = textPage;
      if (pageNeedsImages(textPage, body, boldCache)) {
        const fonts = new Set(textPage.items.map((it) => it.fontName));
        const images = await read(textPage.number, (p) => readImages(p, fonts, ops, boldCache));
        for (const f of fonts) if (!boldCache.has(f)) boldCache.set(f, false);
        page = { ...textPage, images };
      }
      pages.push(page);
    }
    const layout = reconstructLayout(pages.map((p) => withFonts(p, boldCache)), { repairPunctuation: options.repairPunctuation ?? false });
    return {
      paragraphs: layout.paragraphs,
      dropped: layout.dropped,
      layout: { format: 'pdf', pages: doc.numPages, columnsPerPage: layout.columnsPerPage },
      punctuationRepairs: layout.punctuationRepairs,
    };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
