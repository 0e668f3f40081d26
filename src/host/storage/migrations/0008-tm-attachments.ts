import type { Migration } from './migration.ts';

/**
 * Version 8: `tm_attachments`, the translation memories attached to the project besides its
 * working TM, in priority order (`position`, lowest first), each read-only or writable. Paths are
 * absolute; a TM that has gone missing is reported by the TM list, not dropped from here.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'tm-attachments',
  up(db) {
    db.exec(`
      CREATE TABLE tm_attachments (
        path TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        writable INTEGER NOT NULL DEFAULT 0 CHECK (writable IN (0, 1)),
        added_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
