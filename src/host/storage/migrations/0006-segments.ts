import { decodeSentences } from '../sentences.ts';
import type { Migration } from './migration.ts';

/**
 * Version 6: segments, the unit of translation work (issue #10). `segments` holds each block's
 * ordered segments (a UTF-16 range `[source_start, source_end)` of the block's Chinese, the
 * English, status, origin and a revision counter); `segment_revisions` their history;
 * `blocks.revision` counts saved changes of a block so a save based on an older state can be
 * refused; `project.view_mode` remembers the grid view. `blocks.target` / `blocks.status` stay,
 * as the join of the segments and their derived status, so every paragraph-level reader keeps
 * working. Existing blocks migrate: a block with English becomes one segment holding it (its
 * status kept); a block without English takes its stored sentence split, all `new`.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'segments',
  up(db) {
    db.exec(`
      CREATE TABLE segments (
        id INTEGER PRIMARY KEY,
        block_id INTEGER NOT NULL REFERENCES blocks(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        source_start INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        target TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'draft', 'confirmed')),
        origin TEXT NOT NULL DEFAULT 'typed' CHECK (origin IN ('typed', 'tm', 'mt', 'imported', 'aligned')),
        revision INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        CHECK (source_end >= source_start)
      ) STRICT;
      CREATE INDEX segments_by_block ON segments (block_id, ordinal);
      CREATE TABLE segment_revisions (
        id INTEGER PRIMARY KEY,
        segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
        target TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('new', 'draft', 'confirmed')),
        origin TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX segment_revisions_by_segment ON segment_revisions (segment_id, id);
      ALTER TABLE blocks ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE project ADD COLUMN view_mode TEXT NOT NULL DEFAULT 'sentence' CHECK (view_mode IN ('sentence', 'paragraph'));
    `);
    const insert = db.prepare(
      `INSERT INTO segments (block_id, ordinal, source_start, source_end, target, status, origin, revision, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'typed', 0, ?)`,
    );
    const rows = db.prepare('SELECT id, source, target, status, source_sentences, updated_at FROM blocks ORDER BY id').iterate() as Iterable<{
      id: number;
      source: string;
      target: string;
      status: string;
      source_sentences: string | null;
      updated_at: string;
    }>;
    for (const row of rows) {
      if (row.target.length > 0 || row.source.length === 0) {
        insert.run(row.id, 0, 0, row.source.length, row.target, row.status, row.updated_at);
        continue;
      }
      const spans = decodeSentences(row.source_sentences, row.source);
      spans.forEach((span, ordinal) => insert.run(row.id, ordinal, span.start, span.end, '', 'new', row.updated_at));
    }
  },
};
