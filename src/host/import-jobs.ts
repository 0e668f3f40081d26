import { createHash } from 'node:crypto';
import { AppError } from '../core/model/index.ts';
import type { ImportResult } from '../core/model/index.ts';
import type { ImportOptions } from '../shared/dto.ts';
import { importOffThread } from './workers/off-thread.ts';

/** Progress of one running import, in the importer's units (pages for PDF, 0/1 for the rest). */
export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly running: boolean;
}

interface Job {
  readonly controller: AbortController;
  progress: ImportProgress;
}

/**
 * Runs imports that the UI can watch and cancel by a request id it chose, and remembers the last
 * result so that "Create project" after a preview does not parse a 200-page PDF a second time.
 * The cache is keyed by a hash of the bytes and the options, so a different file or a toggled
 * option is parsed afresh. Each import runs on its own worker thread (see importOffThread), so
 * saves are answered while a huge file is read, and cancel ends that thread at once.
 */
export class ImportJobs {
  readonly #jobs = new Map<string, Job>();
  #last: { key: string; result: ImportResult } | null = null;

  /** Imports `bytes`, reporting progress under `requestId` (when given) and honouring cancelImport. */
  async run(fileName: string, bytes: Uint8Array, options: ImportOptions = {}, requestId?: string): Promise<ImportResult> {
    const repairPunctuation = options.repairPunctuation ?? true;
    const key = createHash('sha256').update(bytes).update(`\0${fileName}\0${repairPunctuation}`).digest('hex');
    if (this.#last?.key === key) return this.#last.result;
    const job: Job = { controller: new AbortController(), progress: { done: 0, total: 1, running: true } };
    if (requestId) this.#jobs.set(requestId, job);
    try {
      const result = await importOffThread(fileName, bytes, {
        repairPunctuation,
        signal: job.controller.signal,
        onProgress: (done, total) => {
          job.progress = { done, total, running: true };
        },
      });
      if (job.controller.signal.aborted) throw new AppError('import:errors.cancelled', { name: fileName });
      this.#last = { key, result };
      return result;
    } finally {
      job.progress = { ...job.progress, running: false };
      // Keep the finished job briefly so a last progress poll still finds it.
      if (requestId) setTimeout(() => this.#jobs.delete(requestId), 10_000).unref?.();
    }
  }

  /** The progress of a job, or null when no job has that id. */
  progress(requestId: string): ImportProgress | null {
    return this.#jobs.get(requestId)?.progress ?? null;
  }

  /** Cancels a running job; the import rejects with `import:errors.cancelled`. Unknown ids are ignored. */
  cancel(requestId: string): void {
    this.#jobs.get(requestId)?.controller.abort();
  }
}
