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
