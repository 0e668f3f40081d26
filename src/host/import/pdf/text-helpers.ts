import type { Worker } from 'node:worker_threads';
import type { PdfPageContent } from '../../../core/import/pdf-layout/index.ts';
import { AppError } from '../../../core/model/index.ts';
import { acquireWorker, discardWorker, releaseWorker } from './worker-pool.ts';

/** One import's work for a text worker, sent as a message. */
export interface HelperJob {
  readonly bytes: Uint8Array;
  /** One Int32 shared by every reader: the last page number handed out. */
  readonly claims: SharedArrayBuffer;
  readonly pages: number;
  /** Prepended to the worker's font ids, which are only unique inside its own document. */
  readonly fontPrefix: string;
}

/** Messages from a text worker to the main thread. */
export type HelperMessage =
  | { readonly type: 'begin'; readonly page: number }
  | { readonly type: 'page'; readonly content: PdfPageContent }
  | { readonly type: 'done' };

/** A text worker working for one import, as the main thread sees it. */
export interface TextHelper {
  /**
   * Settles when the worker has nothing left to do: it finished (`done`), crashed or could not
   * start (fulfilled: a page it held is simply missing and the caller reads it itself), or it
   * failed the import (rejected with {@link TextHelper.failure}).
   */
  readonly idle: Promise<void>;
  /** Set when the worker's page timed out, the import was cancelled or `onPage` threw. */
  readonly failure: unknown;
  /** The import succeeded: the worker goes back to the pool once it is done (it holds no page). */
  finish(): void;
  /** The import failed: the worker is terminated (safe to call repeatedly). */
  stop(): void;
}

/** Options of {@link startTextHelper}. */
export interface TextHelperOptions extends HelperJob {
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  /** Called on the main thread for each page the worker read. */
  readonly onPage: (content: PdfPageContent) => void;
}

/**
 * Puts a pooled worker thread to reading page text in parallel with the caller, taking pages from
 * the shared `claims` counter. Each page it holds is bounded by `timeoutMs` (a stalled page fails
 * the import with `import-pdf:errors.timeout`); aborting `signal` ends it with `.cancelled`.
 */
export function startTextHelper(options: TextHelperOptions): TextHelper {
  const { timeoutMs, signal, onPage } = options;
  let failure: unknown = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  let finishing = false;
  let worker: Worker | null = null;
  let settle: (error?: unknown) => void = () => undefined;
  const idle = new Promise<void>((resolve, reject) => {
    settle = (error?: unknown): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (error === undefined) resolve();
      else reject(error);
    };
  });
  idle.catch(() => undefined);
  const detach = (): Worker | null => {
    const w = worker;
    w?.off('message', onMessage).off('error', lost).off('exit', lost);
    worker = null;
    return w;
  };
  const stop = (): void => {
    const w = detach();
    if (w !== null) discardWorker(w);
    settle();
  };
  const finish = (): void => {
    finishing = true;
    if (!done) return;
    const w = detach();
    if (w !== null) releaseWorker(w);
  };
  const fail = (error: unknown): void => {
    failure ??= error;
    const w = detach();
    if (w !== null) discardWorker(w);
    settle(error);
  };
  const onAbort = (): void => fail(new AppError('import-pdf:errors.cancelled'));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    worker = acquireWorker();
  } catch {
    settle();
    return { idle, get failure() { return failure; }, finish, stop };
  }
  function onMessage(message: HelperMessage): void {
    if (message.type === 'begin') {
      clearTimeout(timer);
      timer = setTimeout(() => fail(new AppError('import-pdf:errors.timeout', { page: message.page })), timeoutMs);
    } else if (message.type === 'page') {
      clearTimeout(timer);
      try {
        onPage(message.content);
      } catch (error) {
        fail(error);
      }
    } else {
      done = true;
      settle();
      if (finishing) finish();
    }
  }
  // A worker that cannot start or dies leaves its page to the caller; it is not an import error.
  function lost(): void {
    stop();
  }
  worker.on('message', onMessage).on('error', lost).on('exit', lost);
  const job: HelperJob = { bytes: options.bytes, claims: options.claims, pages: options.pages, fontPrefix: options.fontPrefix };
  worker.postMessage(job);
  return { idle, get failure() { return failure; }, finish, stop };
}

/**
 * Remaps font ids of pages read by workers (prefixed, see {@link HelperJob.fontPrefix}) onto the
 * main document's ids, so that font identity across pages is what a single reader would see.
 * For each foreign font it re-reads (with `reread`, on the main document) the first page using
 * it and pairs items by position; that page's main-thread reading replaces the worker's. Returns
 * null when the readings disagree (the caller then re-reads every worker page itself).
 */
export async function adoptForeignFonts(
  pages: readonly PdfPageContent[],
  isForeign: (fontName: string) => boolean,
  reread: (page: number) => Promise<PdfPageContent>,
): Promise<PdfPageContent[] | null> {
  const local = new Map<string, string>();
  const out: PdfPageContent[] = [];
  for (const page of pages) {
    if (!page.items.some((it) => isForeign(it.fontName) && !local.has(it.fontName))) {
      out.push(page);
      continue;
    }
    const own = await reread(page.number);
    if (own.items.length !== page.items.length) return null;
    for (let i = 0; i < own.items.length; i++) {
      const theirs = page.items[i];
      const mine = own.items[i];
      if (theirs === undefined || mine === undefined || theirs.str !== mine.str) return null;
      if (!isForeign(theirs.fontName)) continue;
      const known = local.get(theirs.fontName);
      if (known !== undefined && known !== mine.fontName) return null;
      local.set(theirs.fontName, mine.fontName);
    }
    out.push(own);
  }
  return out.map((page) =>
    page.items.some((it) => isForeign(it.fontName)) ? { ...page, items: page.items.map((it) => ({ ...it, fontName: local.get(it.fontName) ?? it.fontName })) } : page,
  );
}
