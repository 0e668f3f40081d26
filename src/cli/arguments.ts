import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError } from '../core/model/index.ts';
import { ProjectStore } from '../host/storage/project-store.ts';

/** A file named on the command line, read whole. */
export interface ArgumentFile {
  /** The absolute path (resolved against the working directory). */
  readonly path: string;
  /** The file name without its folder (importers pick the format by its extension). */
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Reads a file named on the command line; `host:errors.fileNotFound` when it cannot be read. */
export function readArgumentFile(file: string): ArgumentFile {
  const path = resolve(file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(path));
  } catch {
    throw new AppError('host:errors.fileNotFound', { path });
  }
  return { path, name: basename(path), bytes };
}

/**
 * Opens the project file at `path` (taking its lock), runs `work` on it and closes it again,
 * also when `work` throws. `work` is synchronous: the lock is held only while it runs.
 */
export function withProject<T>(path: string, work: (store: ProjectStore) => T): T {
  const store = ProjectStore.open(resolve(path));
  try {
    return work(store);
  } finally {
    store.close();
  }
}
