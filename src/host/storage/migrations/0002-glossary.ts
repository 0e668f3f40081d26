import type { Migration } from './migration.ts';

/**
 * Version 2: the project's glossary (termbase). One row per entry; `targets_json` and
 * `forbidden_json` hold string arrays in order (the first target is the preferred rendering),
 * since nothing queries inside them. Ids are opaque text (UUIDs, or TBX concept ids kept on import
 * so a TBX round trip keeps them). `source` is indexed because imports merge by source term.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'glossary',
  up(db) {
    db.exec(`
      CREATE TABLE glossary_entries (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL CHECK (length(trim(source)) > 0),
        targets_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(targets_json) AND json_type(targets_json) = 'array'),
        forbidden_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(forbidden_json) AND json_type(forbidden_json) = 'array'),
        note TEXT NOT NULL DEFAULT '',
        part_of_speech TEXT,
        case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX glossary_by_source ON glossary_entries (source);
    `);
  },
};
