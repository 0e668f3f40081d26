import type { ErrorPayload, ImportResult } from '../../core/model/index.ts';

/** What the main thread sends the import worker: one file to import. */
export interface WorkerJob {
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly repairPunctuation: boolean;
}

/** What the import worker sends back: progress, then exactly one of done or error. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly result: ImportResult }
  | { readonly type: 'error'; readonly error: ErrorPayload };
