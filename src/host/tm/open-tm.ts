import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import { sqlite } from '../storage/sqlite.ts';
import { TM_APPLICATION_ID } from './migrations/0001-units.ts';
import { migrateTm, TM_LATEST_VERSION } from './migrations/index.ts';

/**
 * Opens (or with `create`, creates) a TM file: WAL, `synchronous=FULL`, an integrity check, an
 * identity check (a project or any other SQLite file is refused with `tm:errors.notATm`), then
 * migrations. Unlike projects, a TM is not locked exclusively: several projects and the CLI may
 * read it at once; writers wait up to 5 s for each other (busy_timeout). Errors:
 * `tm:errors.tmNotFound`, `tm:errors.tmCorrupt`, `tm:errors.notATm`, `tm:errors.tmTooNew`.
 */
export function openTmDatabase(path: string, options: { create?: boolean; targetVersion?: number } = {}): DatabaseSync {
  if (!existsSync(path)) {
    if (!options.create) throw new AppError('tm:errors.tmNotFound', { path });
    mkdirSync(dirname(path), { recursive: true });
  }
  let db: DatabaseSync;
  try {
    db = new (sqlite())(path);
  } catch {
    throw new AppError('tm:errors.tmCorrupt', { path });
  }
  try {
    db.exec('PRAGMA busy_timeout = 5000');
    let ok: boolean;
    try {
      const mode = db.prepare('PRAGMA journal_mode = WAL').get() as { journal_mode: string };
      const rows = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
      ok = mode.journal_mode === 'wal' && rows.length === 1 && rows[0]?.integrity_check === 'ok';
    } catch {
      ok = false;
    }
    if (!ok) throw new AppError('tm:errors.tmCorrupt', { path });
    db.exec('PRAGMA synchronous = FULL');
    const version = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    const appId = (db.prepare('PRAGMA application_id').get() as { application_id: number }).application_id;
    if (version === 0) {
      const tables = (db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number }).n;
      if (!(options.create && tables === 0)) throw new AppError('tm:errors.notATm', { path });
    } else if (appId !== TM_APPLICATION_ID) throw new AppError('tm:errors.notATm', { path });
    migrateTm(db, options.targetVersion ?? TM_LATEST_VERSION, path);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
