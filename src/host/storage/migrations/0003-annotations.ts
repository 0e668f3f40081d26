import type { Migration } from './migration.ts';

/**
 * Version 3: annotations (spans on either side of a block), links between two annotations, block
 * comments, and the project's tag set (one JSON row; absent means the default set).
 * Offsets are UTF-16 units of the block's text on that side, as in the core model.
 * `block_id` is NULL for an imported annotation that matched no block, and becomes NULL (not
 * deleted) if its block ever goes away: annotations are never dropped silently, only orphaned.
 * Links go with either of their annotations (ON DELETE CASCADE).
 */
export const migration0003: Migration = {
  version: 3,
  name: 'annotations',
  up(db) {
    db.exec(`
      CREATE TABLE annotations (
        id TEXT PRIMARY KEY,
        block_id INTEGER REFERENCES blocks(id) ON DELETE SET NULL,
        side TEXT NOT NULL CHECK (side IN ('source', 'target')),
        start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
        end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
        quote TEXT NOT NULL,
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL,
        orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1))
      ) STRICT;
      CREATE INDEX annotations_by_block ON annotations (block_id, side, start_offset);
      CREATE TABLE annotation_links (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        target_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        category TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotation_links_by_source ON annotation_links (source_id);
      CREATE INDEX annotation_links_by_target ON annotation_links (target_id);
      CREATE TABLE block_comments (
        id TEXT PRIMARY KEY,
        block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        modified_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX block_comments_by_block ON block_comments (block_id);
      CREATE TABLE tag_set (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        json TEXT NOT NULL
      ) STRICT;
    `);
  },
};
