import type { DatabaseSync } from 'node:sqlite';
import type { Annotation, AnnotationLink, BlockComment, BlockText, Side, TagSet } from '../../core/annotate/index.ts';
import { DEFAULT_TAG_SET } from '../../core/annotate/index.ts';
import { writeTransaction } from '../storage/transaction.ts';
import { ANNOTATION_COLUMNS, LINK_COLUMNS, annotationValues, toAnnotation, toComment, toLink } from './rows.ts';
import type { AnnotationRow, CommentRow, LinkRow } from './rows.ts';

/**
 * SQL for annotations, links, block comments and the tag set of one open project (schema from
 * migration 0003). Reads are plain; every write goes through {@link AnnotationStore.write}, one
 * transaction, with SQLite failures mapped to AppErrors. `documentId` filters keep unplaced
 * annotations (no block) in every document's results, so orphans are never out of sight.
 */
export class AnnotationStore {
  readonly db: DatabaseSync;
  readonly #path: string;

  constructor(db: DatabaseSync, path = '') {
    this.db = db;
    this.#path = path;
  }

  /** Runs `work` in one transaction (or inside the caller's, if one is open) and returns its value. */
  write<T>(work: () => T): T {
    if (this.db.isTransaction) return work();
    return writeTransaction(this.db, this.#path, work);
  }

  /** Annotations of one document (plus unplaced ones, last), or of the whole project, in text order. */
  annotations(documentId?: number): Annotation[] {
    const rows =
      documentId === undefined
        ? this.db.prepare(`SELECT ${ANNOTATION_COLUMNS} FROM annotations a LEFT JOIN blocks b ON b.id = a.block_id ORDER BY a.block_id IS NULL, b.document_id, b.position, a.side, a.start_offset, a.id`).all()
        : this.db
            .prepare(
              `SELECT ${ANNOTATION_COLUMNS} FROM annotations a LEFT JOIN blocks b ON b.id = a.block_id
               WHERE a.block_id IS NULL OR b.document_id = ? ORDER BY a.block_id IS NULL, b.position, a.side, a.start_offset, a.id`,
            )
            .all(documentId);
    return (rows as unknown as AnnotationRow[]).map(toAnnotation);
  }

  /** Annotations on one side of one block. */
  annotationsOfBlock(blockId: number, side: Side): Annotation[] {
    const rows = this.db.prepare(`SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.block_id = ? AND a.side = ? ORDER BY a.start_offset, a.id`).all(blockId, side);
    return (rows as unknown as AnnotationRow[]).map(toAnnotation);
  }

  /** One annotation by id. */
  annotation(id: string): Annotation | undefined {
    const row = this.db.prepare(`SELECT ${ANNOTATION_COLUMNS} FROM annotations a WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
    return row && toAnnotation(row);
  }

  /** Inserts or replaces annotations by id (call inside {@link write}). */
  putAnnotations(annotations: readonly Annotation[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO annotations (id, block_id, side, start_offset, end_offset, quote, prefix, suffix, category, note, author, created_at, modified_at, orphaned)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET block_id = excluded.block_id, side = excluded.side, start_offset = excluded.start_offset,
         end_offset = excluded.end_offset, quote = excluded.quote, prefix = excluded.prefix, suffix = excluded.suffix,
         category = excluded.category, note = excluded.note, author = excluded.author, created_at = excluded.created_at,
         modified_at = excluded.modified_at, orphaned = excluded.orphaned`,
    );
    for (const annotation of annotations) upsert.run(...annotationValues(annotation));
  }

  /** Deletes an annotation; its links go with it (ON DELETE CASCADE). */
  deleteAnnotation(id: string): void {
    this.db.prepare('DELETE FROM annotations WHERE id = ?').run(id);
  }

  /** Links with at least one end in the document (or every link). */
  links(documentId?: number): AnnotationLink[] {
    const rows =
      documentId === undefined
        ? this.db.prepare(`SELECT ${LINK_COLUMNS} FROM annotation_links l ORDER BY l.created_at, l.id`).all()
        : this.db
            .prepare(
              `SELECT ${LINK_COLUMNS} FROM annotation_links l
               WHERE EXISTS (SELECT 1 FROM annotations a LEFT JOIN blocks b ON b.id = a.block_id
                             WHERE a.id IN (l.source_id, l.target_id) AND (a.block_id IS NULL OR b.document_id = ?))
               ORDER BY l.created_at, l.id`,
            )
            .all(documentId);
    return (rows as unknown as LinkRow[]).map(toLink);
  }

  /** Inserts or replaces links by id (call inside {@link write}); both ends must exist. */
  putLinks(links: readonly AnnotationLink[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO annotation_links (id, source_id, target_id, category, note, author, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET source_id = excluded.source_id, target_id = excluded.target_id, category = excluded.category,
         note = excluded.note, author = excluded.author, created_at = excluded.created_at, modified_at = excluded.modified_at`,
    );
    for (const l of links) upsert.run(l.id, l.sourceId, l.targetId, l.category, l.note, l.author, l.created, l.modified);
  }

  /** Deletes a link. */
  deleteLink(id: string): void {
    this.db.prepare('DELETE FROM annotation_links WHERE id = ?').run(id);
  }

  /** Block comments of the document (or of the project), in block order. */
  comments(documentId?: number): BlockComment[] {
    const rows =
      documentId === undefined
        ? this.db.prepare('SELECT c.* FROM block_comments c JOIN blocks b ON b.id = c.block_id ORDER BY b.document_id, b.position, c.created_at, c.id').all()
        : this.db.prepare('SELECT c.* FROM block_comments c JOIN blocks b ON b.id = c.block_id WHERE b.document_id = ? ORDER BY b.position, c.created_at, c.id').all(documentId);
    return (rows as unknown as CommentRow[]).map(toComment);
  }

  /** Inserts or replaces block comments by id (call inside {@link write}). */
  putComments(comments: readonly BlockComment[]): void {
    const upsert = this.db.prepare(
      `INSERT INTO block_comments (id, block_id, note, author, created_at, modified_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET block_id = excluded.block_id, note = excluded.note, author = excluded.author,
         created_at = excluded.created_at, modified_at = excluded.modified_at`,
    );
    for (const c of comments) upsert.run(c.id, c.blockId, c.note, c.author, c.created, c.modified);
  }

  /** One block comment by id. */
  comment(id: string): BlockComment | undefined {
    const row = this.db.prepare('SELECT * FROM block_comments WHERE id = ?').get(id) as CommentRow | undefined;
    return row && toComment(row);
  }

  /** Deletes a block comment. */
  deleteComment(id: string): void {
    this.db.prepare('DELETE FROM block_comments WHERE id = ?').run(id);
  }

  /** The project's tag set; {@link DEFAULT_TAG_SET} until one is saved. */
  tagSet(): TagSet {
    const row = this.db.prepare('SELECT json FROM tag_set WHERE id = 1').get() as { json: string } | undefined;
    return row ? (JSON.parse(row.json) as TagSet) : DEFAULT_TAG_SET;
  }

  /**
   * Re-categorises annotations and links: each `from` becomes its `to`. Applied as one mapping,
   * so swaps (a→b, b→a) and chains work. Call inside {@link AnnotationStore.write}.
   */
  renameCategories(renames: readonly { from: string; to: string }[]): void {
    const map = new Map(renames.filter((r) => r.from !== r.to).map((r) => [r.from, r.to]));
    if (map.size === 0) return;
    const json = JSON.stringify([...map]);
    for (const table of ['annotations', 'annotation_links']) {
      this.db
        .prepare(
          `UPDATE ${table} SET category = (SELECT value ->> 1 FROM json_each(?) WHERE value ->> 0 = ${table}.category)
           WHERE category IN (SELECT value ->> 0 FROM json_each(?))`,
        )
        .run(json, json);
    }
  }

  /** Replaces the tag set (call inside {@link write}). */
  putTagSet(tagSet: TagSet): void {
    this.db.prepare('INSERT INTO tag_set (id, json) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET json = excluded.json').run(JSON.stringify(tagSet));
  }

  /** The text of every block on both sides (of one document, or all), for anchoring and exports. */
  blockTexts(documentId?: number): BlockText[] {
    const rows = (
      documentId === undefined
        ? this.db.prepare('SELECT id, source, target FROM blocks ORDER BY document_id, position').all()
        : this.db.prepare('SELECT id, source, target FROM blocks WHERE document_id = ? ORDER BY position').all(documentId)
    ) as unknown as { id: number; source: string; target: string }[];
    return rows.flatMap((row) => [
      { blockId: row.id, side: 'source' as const, text: row.source },
      { blockId: row.id, side: 'target' as const, text: row.target },
    ]);
  }

  /** The text of one block on one side, or undefined for an unknown block. */
  blockText(blockId: number, side: Side): string | undefined {
    const row = this.db.prepare('SELECT source, target FROM blocks WHERE id = ?').get(blockId) as { source: string; target: string } | undefined;
    return row?.[side];
  }
}
