import { AppError } from '../../core/model/index.ts';

// Primary SQLite result codes (the low byte of an extended code).
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_IOERR = 10;
const SQLITE_CORRUPT = 11;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;
const SQLITE_NOTADB = 26;

/** The primary SQLite result code of an error thrown by `node:sqlite`, or undefined for other errors. */
export function sqliteCode(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const errcode = (error as { errcode?: unknown }).errcode;
  return typeof errcode === 'number' ? errcode & 0xff : undefined;
}

/**
 * Turns a `node:sqlite` error into the AppError the user should see, or returns the error unchanged
 * when it is a programming mistake (bad SQL, constraint violation). `path` names the project file.
 */
export function toStorageError(error: unknown, path: string): unknown {
  if (error instanceof AppError) return error;
  switch (sqliteCode(error)) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
      return new AppError('host:errors.diskFull', { path });
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return new AppError('host:errors.projectLocked', { path });
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return new AppError('host:errors.projectCorrupt', { path });
    case SQLITE_CANTOPEN:
      return new AppError('host:errors.projectUnreadable', { path });
    default:
      return error;
  }
}
