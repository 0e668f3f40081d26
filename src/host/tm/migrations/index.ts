import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../../core/model/index.ts';
import { applyMigrations, type Migration } from '../../storage/migrations/migration.ts';
import { schemaVersion } from '../../storage/migrations/index.ts';
import { tmMigration0001 } from './0001-units.ts';

/** Every TM-file migration, in version order (TM files have their own version line). */
export const TM_MIGRATIONS: readonly Migration[] = [tmMigration0001];

/** The TM schema version this build writes. */
export const TM_LATEST_VERSION = Math.max(...TM_MIGRATIONS.map((m) => m.version));

/**
 * Brings a TM file up to `target`, one transaction per migration (a crash leaves a whole
 * version). Refuses a newer file with `tm:errors.tmTooNew`.
 */
export function migrateTm(db: DatabaseSync, target = TM_LATEST_VERSION, path = ''): void {
  const current = schemaVersion(db);
  if (current > TM_LATEST_VERSION) throw new AppError('tm:errors.tmTooNew', { path, version: current });
  applyMigrations(db, TM_MIGRATIONS, target);
}
