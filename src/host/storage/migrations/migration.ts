import type { DatabaseSync } from 'node:sqlite';

/**
 * One schema step. `up` runs inside a transaction opened by the migrator, which also sets
 * `PRAGMA user_version` to `version`; it must not commit or change the version itself.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: DatabaseSync): void;
}

/**
 * Runs the `migrations` newer than the file's `PRAGMA user_version` and no newer than `target`,
 * in version order, one transaction each (a crash leaves the file at a whole version). The caller
 * has already refused a file newer than it can read. Shared by project files and TM files, which
 * keep separate version lines.
 */
export function applyMigrations(db: DatabaseSync, migrations: readonly Migration[], target: number): void {
  const current = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current || migration.version > target) continue;
    db.exec('BEGIN');
    try {
      migration.up(db);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      if (db.isTransaction) db.exec('ROLLBACK');
      throw error;
    }
  }
}
