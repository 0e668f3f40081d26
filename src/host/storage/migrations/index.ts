import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../../core/model/index.ts';
import { migration0001 } from './0001-initial.ts';
import { migration0002 } from './0002-glossary.ts';
import { migration0003 } from './0003-annotations.ts';
import { migration0004 } from './0004-batches.ts';
import { migration0005 } from './0005-sentences.ts';
import { migration0007 } from './0007-qa-ignores.ts';
import { migration0009 } from './0009-mt.ts';
import { migration0008 } from './0008-tm-attachments.ts';
import { migration0018 } from './0018-layout-kinds.ts';
import { applyMigrations, type Migration } from './migration.ts';

/**
 * Every migration; applied in version order. Append new ones, never edit a released one. Versions
 * are assigned per feature, so the list is sorted here rather than trusted to be in order.
 */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0007, migration0008, migration0009, migration0018].sort((a, b) => a.version - b.version);

/** The schema version this build writes: the highest migration version. */
export const LATEST_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));

/** The schema version stored in the file (`PRAGMA user_version`; 0 for an empty database). */
export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

/**
 * Brings `db` from its current version up to `target`, one transaction per migration so a crash
 * leaves the file at a whole version. Refuses a file newer than this build (`host:errors.projectTooNew`).
 * Tests pass a lower `target` to build a database "at the previous version".
 */
export function migrate(db: DatabaseSync, target: number = LATEST_VERSION, path = ''): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw new AppError('host:errors.projectTooNew', { path, version: current });
  applyMigrations(db, MIGRATIONS, target);
}
