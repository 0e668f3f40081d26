import { Worker } from 'node:worker_threads';

/**
 * Idle text workers are kept this long for the next import: starting one (loading pdfjs, then
 * running its code cold) costs ~300 ms of CPU, as much as reading 40 pages; an idle worker holds
 * no document, only pdfjs itself. Idle workers do not keep the process alive.
 */
const IDLE_MS = 15_000;

// From source this module is src/host/import/pdf/worker-pool.ts and the worker runs by type
// stripping; in the Electron bundle this code lives in out/electron/main.mjs and electron/build.mjs
// emits the worker beside it as pdf-worker.mjs.
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './pdf-worker.ts' : './pdf-worker.mjs', import.meta.url);

const idle: { worker: Worker; timer: ReturnType<typeof setTimeout>; onExit: () => void }[] = [];

/**
 * A text worker for one job: an idle one if there is one, else a new one. Throws when a worker
 * cannot be created at all; a worker whose script fails to load reports `error`/`exit` later.
 */
export function acquireWorker(): Worker {
  const kept = idle.pop();
  if (kept === undefined) return new Worker(WORKER_URL);
  clearTimeout(kept.timer);
  kept.worker.off('exit', kept.onExit);
  kept.worker.ref();
  return kept.worker;
}

/**
 * Returns a worker that finished its job cleanly to the idle list (the caller has removed its own
 * listeners; `removeAllListeners` would also drop the Worker's internal ones). It is terminated
 * after {@link IDLE_MS} unless reused.
 */
export function releaseWorker(worker: Worker): void {
  worker.unref();
  const leave = (): void => {
    const at = idle.indexOf(entry);
    if (at >= 0) idle.splice(at, 1);
    clearTimeout(entry.timer);
  };
  const entry = {
    worker,
    timer: setTimeout(() => {
      leave();
      void worker.terminate();
    }, IDLE_MS),
    // An idle worker that dies (it should not) just leaves the list.
    onExit: leave,
  };
  entry.timer.unref();
  worker.once('exit', leave);
  idle.push(entry);
}

/** Ends a worker that failed or was interrupted mid-job; it is never reused. */
export function discardWorker(worker: Worker): void {
  void worker.terminate();
}
