import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PdfPageContent, PdfTextItem } from '../../../core/import/pdf-layout/index.ts';
import { importPdf } from './import-pdf.ts';
import { documentParams, loadPdfjs } from './pdf-open.ts';
import { readAllText } from './read-text-pages.ts';
import { adoptForeignFonts, startTextHelper } from './text-helpers.ts';

const readBytes = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
/** Every page read by two workers, none by the calling thread: the whole worker path. */
const WORKERS_ONLY = { fromPages: 1, workers: 2, callerReads: false } as const;

describe('importPdf with worker threads', () => {
  for (const name of ['zh-two-column', 'en-two-column', 'mixed-three-column']) {
    it(`${name}: workers give the same result as one thread, with per-page progress`, async () => {
      const bytes = readBytes(`${name}.pdf`);
      const single = await importPdf(bytes, { parallel: { workers: 0 } });
      const progress: number[] = [];
      const parallel = await importPdf(bytes, { parallel: WORKERS_ONLY, onProgress: (done, total) => progress.push(done / total) });
      expect(parallel).toEqual(single);
      const pages = single.layout.pages;
      expect(progress).toEqual(Array.from({ length: pages }, (_, i) => (i + 1) / pages));
    });
  }

  it('gives the same result when the calling thread reads too', async () => {
    const bytes = readBytes('zh-two-column.pdf');
    const single = await importPdf(bytes, { parallel: { workers: 0 } });
    expect(await importPdf(bytes, { parallel: { fromPages: 1, workers: 1 } })).toEqual(single);
  });

  it('stops the workers when cancelled', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = importPdf(readBytes('en-two-column.pdf'), {
      signal: controller.signal,
      parallel: WORKERS_ONLY,
      onProgress: (done) => {
        seen.push(done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'import-pdf:errors.cancelled' });
    expect(seen).toEqual([1]);
  });
});

describe('readAllText', () => {
  it('pages read by workers come back as the calling thread reads them, font ids included', async () => {
    const pdfjs = await loadPdfjs();
    const task = pdfjs.getDocument(documentParams(pdfjs, readBytes('mixed-three-column.pdf')));
    try {
      const doc = await task.promise;
      const read = <T>(n: number, work: (p: Awaited<ReturnType<typeof doc.getPage>>) => Promise<T>): Promise<T> => doc.getPage(n).then(work);
      const bytes = readBytes('mixed-three-column.pdf');
      const byWorkers = await readAllText(bytes, doc, read, { parallel: WORKERS_ONLY }, 20_000);
      const byCaller = await readAllText(bytes, doc, read, { parallel: { workers: 0 } }, 20_000);
      expect(byCaller.map((p) => p.number)).toEqual(Array.from({ length: doc.numPages }, (_, i) => i + 1));
      expect(byWorkers).toEqual(byCaller);
    } finally {
      await task.destroy();
    }
  });
});

describe('startTextHelper', () => {
  const job = (bytes: Uint8Array, timeoutMs: number, onPage: (p: PdfPageContent) => void) =>
    startTextHelper({ bytes, claims: new SharedArrayBuffer(4), pages: 4, fontPrefix: 'w9:', timeoutMs, signal: undefined, onPage });

  it('runs a worker thread that reads every unclaimed page, font ids prefixed', async () => {
    const got: PdfPageContent[] = [];
    const helper = job(readBytes('zh-two-column.pdf'), 20_000, (p) => got.push(p));
    await helper.idle;
    helper.finish();
    expect(got.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(got.flatMap((p) => p.items).every((it) => it.fontName.startsWith('w9:'))).toBe(true);
    expect(helper.failure).toBeNull();
  });

  it('a worker that fails leaves its pages to the caller without failing the import', async () => {
    const got: PdfPageContent[] = [];
    const helper = job(new TextEncoder().encode('not a pdf'), 20_000, (p) => got.push(p));
    await helper.idle;
    expect(got).toEqual([]);
    expect(helper.failure).toBeNull();
  });

  it('fails with a timeout naming the page a worker is stuck on', async () => {
    const helper = job(readBytes('zh-two-column.pdf'), 1, () => undefined);
    await expect(helper.idle).rejects.toMatchObject({ code: 'import-pdf:errors.timeout', details: { page: 1 } });
  });
});

const item = (str: string, fontName: string): PdfTextItem => ({ str, x: 0, y: 0, width: 1, size: 10, fontName, bold: false });
const page = (number: number, ...items: PdfTextItem[]): PdfPageContent => ({ number, width: 100, height: 100, items, images: [] });
const isForeign = (f: string): boolean => f.startsWith('w');

describe('adoptForeignFonts', () => {
  it('renames worker fonts after the main reading of the first page using each', async () => {
    const pages = [page(1, item('a', 'm1')), page(2, item('b', 'w0:x'), item('c', 'w1:y')), page(3, item('d', 'w1:y'), item('e', 'w0:z'))];
    const main = new Map([
      [2, page(2, item('b', 'm1'), item('c', 'm2'))],
      [3, page(3, item('d', 'm2'), item('e', 'm3'))],
    ]);
    const reread: number[] = [];
    const adopted = await adoptForeignFonts(pages, isForeign, (n) => {
      reread.push(n);
      return Promise.resolve(main.get(n) ?? page(n));
    });
    expect(reread).toEqual([2, 3]);
    expect(adopted?.map((p) => p.items.map((it) => it.fontName))).toEqual([['m1'], ['m1', 'm2'], ['m2', 'm3']]);
  });

  it('gives up when the readings disagree', async () => {
    const pages = [page(1, item('a', 'w0:x'))];
    expect(await adoptForeignFonts(pages, isForeign, () => Promise.resolve(page(1, item('b', 'm1'))))).toBeNull();
    expect(await adoptForeignFonts(pages, isForeign, () => Promise.resolve(page(1)))).toBeNull();
  });
});
