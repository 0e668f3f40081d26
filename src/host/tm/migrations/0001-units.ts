import type { Migration } from '../../storage/migrations/migration.ts';

/** `PRAGMA application_id` of a Duizhao TM file ("DZTM"), distinct from projects. */
export const TM_APPLICATION_ID = 0x445a544d;

/**
 * TM version 1: `meta` (name and language pair of the TM) and `units`. A unit is unique by its
 * exact (source, target): importing or confirming the same pair again adds nothing. Placeholder
 * tags are JSON arrays of inline-code markup (see core/tm/tm-unit.ts); context is the previous
 * and next source segment; origin is the file and project the unit came from. No postings are
 * stored: the bigram index is built in memory on open (measured in bench/tm.bench.ts), which
 * keeps the file small and a crash unable to leave index and units disagreeing.
 */
export const tmMigration0001: Migration = {
  version: 1,
  name: 'units',
  up(db) {
    db.exec(`PRAGMA application_id = ${TM_APPLICATION_ID}`);
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        source_tags TEXT,
        target_tags TEXT,
        prev_source TEXT,
        next_source TEXT,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        origin_file TEXT,
        origin_project TEXT,
        UNIQUE (source, target)
      ) STRICT;
    `);
  },
};
