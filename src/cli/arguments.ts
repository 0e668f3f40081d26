import { readFileSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { LIMITS, limitError } from '../core/limits/index.ts';
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

/** The size of the file at `path`, 0 when it cannot be read (reading then reports that). */
function statSafely(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reads a file named on the command line; `host:errors.fileNotFound` when it cannot be read, `limits:errors.fileBytes` when it is over the file limit. */
export function readArgumentFile(file: string): ArgumentFile {
  const path = resolve(file);
  let bytes: Uint8Array;
  // Refused by size before a byte is read: a 2 GB file must not first fill memory.
  const size = statSafely(path);
  if (size > LIMITS.fileBytes) throw limitError('fileBytes', size);
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
