import type { Migration } from './migration.ts';

/** `PRAGMA application_id` of every Duizhao project file ("DZHO"), so we never adopt a foreign SQLite file. */
export const DUIZHAO_APPLICATION_ID = 0x445a484f;

/**
 * Version 1: project meta (one row), documents, blocks and revisions.
 * Times are ISO 8601 UTC strings; `dropped_json` / `layout_json` hold the importer's DroppedLine[]
 * and LayoutFacts (plus punctuationRepairs) verbatim, since nothing queries inside them.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      PRAGMA application_id = ${DUIZHAO_APPLICATION_ID};
      CREATE TABLE project (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        source_lang TEXT NOT NULL,
        target_lang TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        source_file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        dropped_json TEXT NOT NULL DEFAULT '[]',
        layout_json TEXT NOT NULL DEFAULT '{}'
      ) STRICT;
      CREATE TABLE blocks (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('heading', 'body', 'caption', 'byline', 'list-item', 'quote')),
        page INTEGER,
        source TEXT NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'draft', 'confirmed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (document_id, position)
      ) STRICT;
      CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new', 'draft', 'confirmed')),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX revisions_by_block ON revisions (block_id, id);
    `);
  },
};
