import { availableParallelism } from 'node:os';
import type { PdfPageContent } from '../../../core/import/pdf-layout/index.ts';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readText } from './page-content.ts';
import type { TextHelper } from './text-helpers.ts';
import { adoptForeignFonts, startTextHelper } from './text-helpers.ts';

/** How the import spreads text extraction over worker threads. */
export interface ParallelOptions {
  /** Documents with at least this many pages use workers (default 24: starting one costs ~150 ms). */
  readonly fromPages?: number;
  /** Worker count (default: spare cores, at most 3). 0 reads everything on the calling thread. */
  readonly workers?: number;
  /** Whether the calling thread reads pages too (default true; false is for tests of the worker path). */
  readonly callerReads?: boolean;
}

/** What the text pass takes from the import's options. */
export interface TextPassOptions {
  /** Aborting stops the import between pages (or during a page) with `import-pdf:errors.cancelled`. */
  readonly signal?: AbortSignal;
  /** Called after each page's text is read (the first pass; the selective image pass that follows is short). */
  readonly onProgress?: (donePages: number, totalPages: number) => void;
  /** Parallel text extraction; the result is the same with or without workers. */
  readonly parallel?: ParallelOptions;
}

const PARALLEL_FROM_PAGES = 24;
const FONT_PREFIX = 'worker';

/** Reads one page with `work`, bounded by the import's timeout and abort signal. */
export type ReadPage = <T>(n: number, work: (page: PDFPageProxy) => Promise<T>) => Promise<T>;

/**
 * Reads every page's text, in parallel when the document is long enough: the calling thread and
 * the workers take pages from one shared counter, so a slow or busy reader simply takes fewer.
 * Progress counts pages as they arrive from any reader. Pages a crashed worker held are read here.
 * Returns the pages in order, font ids in the namespace of `doc` (as if one thread read them).
 */
export async function readAllText(bytes: Uint8Array, doc: PDFDocumentProxy, read: ReadPage, options: TextPassOptions, timeoutMs: number): Promise<PdfPageContent[]> {
  const { signal, onProgress, parallel = {} } = options;
  const total = doc.numPages;
  const workers = total >= (parallel.fromPages ?? PARALLEL_FROM_PAGES) ? (parallel.workers ?? Math.min(3, availableParallelism() - 1)) : 0;
  const claims = new SharedArrayBuffer(4);
  const counter = new Int32Array(claims);
  const claim = (): number => Atomics.add(counter, 0, 1) + 1;
  const found: (PdfPageContent | undefined)[] = Array.from({ length: total }, () => undefined);
  let done = 0;
  let delivered = (): void => undefined;
  const deliver = (page: PdfPageContent): void => {
    found[page.number - 1] = page;
    onProgress?.(++done, total);
    delivered();
  };
  const helpers: TextHelper[] = [];
  for (let i = 0; i < workers; i++)
    helpers.push(startTextHelper({ bytes, claims, pages: total, fontPrefix: `${FONT_PREFIX}${i}:`, timeoutMs, signal, onPage: deliver }));
  let ok = false;
  const throwIfFailed = (): void => {
    for (const h of helpers) if (h.failure !== null) throw h.failure;
  };
  try {
    if (parallel.callerReads !== false || workers === 0)
      for (let n = claim(); n <= total; n = claim()) {
        throwIfFailed();
        deliver(await read(n, readText));
      }
    // Wait for the pages workers still hold, until they are in or every worker has stopped.
    const allIdle = Promise.all(helpers.map((h) => h.idle)).then(() => true);
    while (found.includes(undefined)) {
      const next = new Promise<boolean>((resolve) => (delivered = () => resolve(false)));
      if (await Promise.race([next, allIdle])) break;
    }
    for (let i = 0; i < total; i++)
      if (found[i] === undefined) {
        throwIfFailed();
        deliver(await read(i + 1, readText));
      }
    throwIfFailed();
    ok = true;
  } finally {
    for (const h of helpers) if (ok) h.finish();
    else h.stop();
  }
  const pages = found.filter((p) => p !== undefined);
  if (workers === 0) return pages;
  const isForeign = (fontName: string): boolean => fontName.startsWith(FONT_PREFIX);
  const adopted = await adoptForeignFonts(pages, isForeign, (n) => read(n, readText));
  if (adopted !== null) return adopted;
  const own: PdfPageContent[] = [];
  for (const p of pages) own.push(p.items.some((it) => isForeign(it.fontName)) ? await read(p.number, readText) : p);
  return own;
}
