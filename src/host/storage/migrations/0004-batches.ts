import type { Migration } from './migration.ts';

/**
 * Version 4: batch edits (replace all). `batches` has one row per batch; `batch_edits` keeps, per
 * block, the English and status before and after the batch, which is what undoing it needs (a
 * block is restored only while it still holds the "after" state). `revisions.batch_id` marks the
 * revisions a batch (or its undo) wrote, so history can show them as one step.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'batches',
  up(db) {
    db.exec(`
      CREATE TABLE batches (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;
      CREATE TABLE batch_edits (
        batch_id TEXT NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        before_target TEXT NOT NULL,
        before_status TEXT NOT NULL CHECK (before_status IN ('new', 'draft', 'confirmed')),
        after_target TEXT NOT NULL,
        after_status TEXT NOT NULL CHECK (after_status IN ('new', 'draft', 'confirmed')),
        PRIMARY KEY (batch_id, block_id)
      ) STRICT;
      ALTER TABLE revisions ADD COLUMN batch_id TEXT REFERENCES batches(id) ON DELETE SET NULL;
      CREATE INDEX revisions_by_batch ON revisions (batch_id) WHERE batch_id IS NOT NULL;
    `);
  },
};
