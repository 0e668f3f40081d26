import type { Migration } from './migration.ts';

/**
 * Version 7: QA findings the user chose to ignore, per block. A finding is named by its key
 * (check plus what it is about, see core/qa `QaFinding.key`), so an ignore survives edits of
 * unrelated text and stops applying when the finding itself changes. Deleting a block drops them.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'qa-ignores',
  up(db) {
    db.exec(`
      CREATE TABLE qa_ignores (
        block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        finding_key TEXT NOT NULL CHECK (length(finding_key) BETWEEN 1 AND 2000),
        created_at TEXT NOT NULL,
        PRIMARY KEY (block_id, finding_key)
      ) STRICT;
    `);
  },
};
