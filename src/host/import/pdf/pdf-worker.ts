/**
 * Text worker (node:worker_threads entry). For each job message it opens the job's document with
 * its own pdfjs and reads page text, claiming pages one at a time from the counter it shares with
 * the main thread and the other workers. Posts `begin` before and `page` after each page, then
 * `done` once no page is left and the document is closed; the worker then waits for the next
 * job. Any failure ends the worker: the main thread re-reads the page it held.
 * Run from source (Node type stripping) as pdf-worker.ts and, in the Electron bundle, as
 * out/electron/pdf-worker.mjs (see electron/build.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { readText } from './page-content.ts';
import { documentParams, loadPdfjs } from './pdf-open.ts';
import type { HelperJob, HelperMessage } from './text-helpers.ts';

const post = (message: HelperMessage): void => parentPort?.postMessage(message);

async function run(job: HelperJob): Promise<void> {
  const claims = new Int32Array(job.claims);
  const claim = (): number => Atomics.add(claims, 0, 1) + 1;
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(documentParams(pdfjs, job.bytes));
  try {
    const doc = await task.promise;
    for (let n = claim(); n <= job.pages; n = claim()) {
      post({ type: 'begin', page: n });
      const content = await readText(await doc.getPage(n));
      // Font ids are numbered per loaded document, so they mean nothing outside this worker.
      const items = content.items.map((it) => ({ ...it, fontName: `${job.fontPrefix}${it.fontName}` }));
      post({ type: 'page', content: { ...content, items } });
    }
  } finally {
    await task.destroy().catch(() => undefined);
  }
  post({ type: 'done' });
}

parentPort?.on('message', (job: HelperJob) => {
  // Exiting is the error report: the main thread sees `exit` and reads the held page itself.
  run(job).catch(() => process.exit(1));
});
