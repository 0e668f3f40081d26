import { Worker } from 'node:worker_threads';
import { AppError, type ImportResult } from '../../core/model/index.ts';
import { importFile, type ImportFileOptions } from '../import/import-file.ts';
import type { WorkerJob, WorkerMessage } from './messages.ts';

// From source this is src/host/workers/off-thread.ts and the worker runs by type stripping; in
// the Electron bundle electron/build.mjs emits the worker beside main.mjs as import-worker.mjs.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './import-worker.ts' : './import-worker.mjs', import.meta.url);

/**
 * Heap the import thread may use. A legitimate 200 MB file fits; a hostile one that slips past
 * every limit ends its own thread (reported as `limits:errors.memory`), never the host.
 */
export const IMPORT_HEAP_MB = 1536;

/**
 * Runs {@link importFile} on a worker thread, so the thread that answers saves (the web host's
 * event loop, Electron's main process) stays free while a huge file is read. Progress is relayed
 * to `options.onProgress`; aborting `options.signal` terminates the thread at once and rejects
 * with `import:errors.cancelled`, whatever the importer was doing. AppErrors cross back with their
 * code and details. When the worker cannot start at all (a build without the worker file), the
 * import runs on the calling thread instead, as before.
 */
export function importOffThread(fileName: string, bytes: Uint8Array, options: ImportFileOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(new AppError('import:errors.cancelled', { name: fileName }));
  let worker: Worker;
  try {
    worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_MB } });
  } catch {
    return importFile(fileName, bytes, options);
  }
  return new Promise<ImportResult>((resolve, reject) => {
    let settled = false;
    let started = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const onAbort = (): void => finish(() => reject(new AppError('import:errors.cancelled', { name: fileName })));
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('online', () => (started = true));
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'done') finish(() => resolve(message.result));
      else finish(() => reject(message.error.code === 'common:errors.internal' ? new Error(String(message.error.details.message)) : new AppError(message.error.code, { ...message.error.details })));
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish(() => reject(new AppError('limits:errors.memory', { limit: IMPORT_HEAP_MB, name: fileName })));
      else if (!started) finish(() => importFile(fileName, bytes, options).then(resolve, reject));
      else finish(() => reject(error));
    });
    worker.on('exit', (code) => finish(() => reject(new AppError('limits:errors.memory', { limit: IMPORT_HEAP_MB, name: fileName, code }))));
    const copy = bytes.slice();
    const job: WorkerJob = { fileName, bytes: copy, repairPunctuation: options.repairPunctuation !== false };
    worker.postMessage(job, [copy.buffer]);
  });
}
