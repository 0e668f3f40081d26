import type { DatabaseSync } from 'node:sqlite';
import type { Migration } from './migration.ts';

const OLD_LIST = "'list-item', 'quote')";
const NEW_LIST = "'list-item', 'quote', 'footnote', 'equation', 'table', 'code')";

/**
 * Version 18 (issue 18): `blocks.kind` also accepts `footnote`, `equation`, `table` and `code`.
 * SQLite cannot alter a CHECK constraint, and rebuilding `blocks` would fire the ON DELETE
 * actions of the tables that reference it, so the constraint text is widened in place
 * (SQLite's documented writable_schema procedure: only loosens the check, so every stored row
 * still satisfies it; the schema cookie is bumped so connections reload it).
 */
export const migration0018: Migration = {
  version: 18,
  name: 'layout-kinds',
  up(db: DatabaseSync): void {
    const row = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'blocks'").get() as { sql: string } | undefined;
    if (!row || row.sql.includes(NEW_LIST)) return;
    if (!row.sql.includes(OLD_LIST)) throw new Error('blocks.kind constraint has an unexpected form');
    const { schema_version: cookie } = db.prepare('PRAGMA schema_version').get() as { schema_version: number };
    db.exec('PRAGMA writable_schema = ON');
    try {
      db.prepare("UPDATE sqlite_schema SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = 'blocks'").run(OLD_LIST, NEW_LIST);
      db.exec(`PRAGMA schema_version = ${cookie + 1}`);
    } finally {
      db.exec('PRAGMA writable_schema = OFF');
    }
  },
};
