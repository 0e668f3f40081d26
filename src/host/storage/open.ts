import { existsSync } from 'node:fs';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import { toStorageError } from './errors.ts';
import { assertProjectFile } from './identity.ts';
import { DUIZHAO_APPLICATION_ID } from './migrations/0001-initial.ts';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations/index.ts';
import { sqlite } from './sqlite.ts';

/** How {@link openDatabase} treats the file. */
export interface OpenDatabaseOptions {
  /** Create the file when missing and accept an empty database (new projects). Default false. */
  readonly create?: boolean;
  /** Migrate only up to this version (migration tests). Default: the latest. */
  readonly targetVersion?: number;
}

/**
 * Opens a project file for this process alone and brings its schema up to date.
 *
 * Order matters: an existing file's identity is checked first without writing to it
 * ({@link assertProjectFile}: `host:errors.notAProject`), then the exclusive lock is taken (busy_timeout 0, so a second process fails at
 * once with `host:errors.projectLocked` instead of waiting), then the file is checked with
 * `PRAGMA integrity_check` (`host:errors.projectCorrupt`), then foreign keys and durability are
 * configured, then migrations run. With `locking_mode=EXCLUSIVE` set before WAL is first used,
 * SQLite keeps the WAL index in heap memory (no -shm file) and holds the file lock until close;
 * the OS drops the lock if the process dies, and the WAL is replayed on the next open.
 *
 * `synchronous=FULL`: every commit fsyncs the WAL, so a resolved save survives power loss as well
 * as a killed process. Saves arrive at most about once a second per typist, so the fsync is cheap.
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): DatabaseSync {
  if (!options.create) {
    if (!existsSync(path)) throw new AppError('host:errors.projectNotFound', { path });
    assertProjectFile(path); // read-only: a file that is not ours is refused before anything writes to it
  }
  let db: DatabaseSync;
  try {
    db = new (sqlite())(path);
  } catch (error) {
    throw toStorageError(error, path);
  }
  try {
    db.exec('PRAGMA busy_timeout = 0');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    const mode = db.prepare('PRAGMA journal_mode = WAL').get() as { journal_mode: string };
    if (mode.journal_mode !== 'wal') throw new AppError('host:errors.projectUnreadable', { path });
    db.exec('BEGIN IMMEDIATE');
    db.exec('COMMIT');
    checkIntegrity(db, path);
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA synchronous = FULL');
    checkIdentity(db, path, options.create === true);
    migrate(db, options.targetVersion ?? LATEST_VERSION, path);
    return db;
  } catch (error) {
    db.close();
    throw toStorageError(error, path);
  }
}

function checkIntegrity(db: DatabaseSync, path: string): void {
  const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') {
    throw new AppError('host:errors.projectCorrupt', { path });
  }
}

// A file that is a valid SQLite database but not ours must not be migrated into a project.
function checkIdentity(db: DatabaseSync, path: string, allowEmpty: boolean): void {
  const version = schemaVersion(db);
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number };
    if (allowEmpty && tables.n === 0) return;
    throw new AppError('host:errors.notAProject', { path });
  }
  const row = db.prepare('PRAGMA application_id').get() as { application_id: number };
  if (row.application_id !== DUIZHAO_APPLICATION_ID) throw new AppError('host:errors.notAProject', { path });
}
