import { createRequire } from 'node:module';
import path from 'node:path';
import { itemBodySize, pageNeedsImages, reconstructLayout } from '../../../core/import/pdf-layout/index.ts';
import type { PdfPageContent } from '../../../core/import/pdf-layout/index.ts';
import { AppError } from '../../../core/model/index.ts';
import type { ImportResult } from '../../../core/model/index.ts';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ImageOps } from './page-content.ts';
import { readImages, readText, withFonts } from './page-content.ts';

/** Options of {@link importPdf}. */
export interface ImportPdfOptions {
  /** Turn half-width punctuation inside Chinese text full-width (default false). */
  readonly repairPunctuation?: boolean;
  /** Aborting stops the import between pages (or during a page) with `import-pdf:errors.cancelled`. */
  readonly signal?: AbortSignal;
  /** Called after each page's text is read (the first pass; the selective image pass that follows is short). */
  readonly onProgress?: (donePages: number, totalPages: number) => void;
  /** Upper bound for opening the document and for reading each page; defaults to 20 s. */
  readonly timeoutMs?: number;
}

type Pdfjs = typeof PdfjsModule;

const DEFAULT_TIMEOUT_MS = 20_000;
let pdfjsPromise: Promise<Pdfjs> | null = null;

/** pdfjs data folders as file-system paths with a trailing slash (pdfjs reads them with fs in Node). */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string; iccUrl: string } {
  const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const sub = (name: string): string => path.join(dir, name) + path.sep;
  return { cMapUrl: sub('cmaps'), standardFontDataUrl: sub('standard_fonts'), wasmUrl: sub('wasm'), iccUrl: sub('iccs') };
}

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
 * with {@link reconstructLayout}. Throws AppError `import-pdf:errors.encrypted` (password needed),
 * `.corrupt` (unreadable or truncated), `.noText` (no text layer: scanned pages, no OCR),
 * `.cancelled` (signal aborted) or `.timeout` (a page took longer than `timeoutMs`).
 */
export async function importPdf(bytes: Uint8Array, options: ImportPdfOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (signal?.aborted) throw new AppError('import-pdf:errors.cancelled');
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfjs = await pdfjsPromise;
  const params = {
    data: bytes.slice(),
    ...dataDirs(),
    cMapPacked: true,
    // pdfjs 6 never compiles font code with eval and dropped this option; it is kept (outside the
    // typed literal) so that an older pdfjs build would not either.
    isEvalSupported: false,
    fontExtraProperties: true,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  };
  const task = pdfjs.getDocument(params);
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
    const ops = imageOps(pdfjs);
    const read = <T>(n: number, work: (page: PDFPageProxy) => Promise<T>): Promise<T> => {
      if (signal?.aborted) throw new AppError('import-pdf:errors.cancelled');
      const job = doc.getPage(n).then(work);
      return bounded(job, timeoutMs, signal, () => new AppError('import-pdf:errors.timeout', { page: n })).catch((error: unknown) => {
        throw loadError(error);
      });
    };
    const textPages: PdfPageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      textPages.push(await read(n, readText));
      onProgress?.(n, doc.numPages);
    }
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
