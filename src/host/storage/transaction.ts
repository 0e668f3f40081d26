import type { DatabaseSync } from 'node:sqlite';
import { toStorageError } from './errors.ts';

/**
 * Runs `work` in one write transaction on `db` and returns its value: BEGIN IMMEDIATE (so a
 * second writer fails at once instead of halfway), COMMIT, or ROLLBACK when anything throws.
 * SQLite failures come out as the AppErrors of {@link toStorageError}, naming `path` (the project
 * file). Assumes no transaction is open on `db`: callers that may nest check `db.isTransaction`.
 */
export function writeTransaction<T>(db: DatabaseSync, path: string, work: () => T): T {
  try {
    db.exec('BEGIN IMMEDIATE');
    const value = work();
    db.exec('COMMIT');
    return value;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw toStorageError(error, path);
  }
}
