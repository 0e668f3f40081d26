/**
 * Import worker (node:worker_threads entry): runs {@link importFile} for one job message and
 * posts `progress` messages, then `done` with the result or `error` with an AppError payload.
 * The worker serves one job and is then terminated by its owner (off-thread.ts), so a cancelled
 * or runaway import is stopped by ending the thread. Runs from source by type stripping and, in
 * the Electron bundle, as out/electron/import-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { toErrorPayload } from '../../core/model/errors.ts';
import { importFile } from '../import/import-file.ts';
import type { WorkerJob, WorkerMessage } from './messages.ts';

const post = (message: WorkerMessage): void => parentPort?.postMessage(message);

parentPort?.once('message', (job: WorkerJob) => {
  importFile(job.fileName, job.bytes, { repairPunctuation: job.repairPunctuation, onProgress: (done, total) => post({ type: 'progress', done, total }) }).then(
    (result) => post({ type: 'done', result }),
    (error: unknown) => post({ type: 'error', error: toErrorPayload(error) }),
  );
});
