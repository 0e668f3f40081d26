import type { Annotation, AnnotationLink, BlockComment, Side } from '../../core/annotate/index.ts';
import { UNPLACED_BLOCK } from '../../core/annotate/index.ts';

/** An `annotations` row as `node:sqlite` returns it. */
export interface AnnotationRow {
  readonly id: string;
  readonly block_id: number | null;
  readonly side: string;
  readonly start_offset: number;
  readonly end_offset: number;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly category: string;
  readonly note: string;
  readonly author: string;
  readonly created_at: string;
  readonly modified_at: string;
  readonly orphaned: number;
}

/** An `annotation_links` row. */
export interface LinkRow {
  readonly id: string;
  readonly source_id: string;
  readonly target_id: string;
  readonly category: string;
  readonly note: string;
  readonly author: string;
  readonly created_at: string;
  readonly modified_at: string;
}

/** A `block_comments` row. */
export interface CommentRow {
  readonly id: string;
  readonly block_id: number;
  readonly note: string;
  readonly author: string;
  readonly created_at: string;
  readonly modified_at: string;
}

/** Columns for {@link AnnotationRow}, prefixed with `a.` so queries can join blocks. */
export const ANNOTATION_COLUMNS =
  'a.id, a.block_id, a.side, a.start_offset, a.end_offset, a.quote, a.prefix, a.suffix, a.category, a.note, a.author, a.created_at, a.modified_at, a.orphaned';

/** Columns for {@link LinkRow}, prefixed with `l.`. */
export const LINK_COLUMNS = 'l.id, l.source_id, l.target_id, l.category, l.note, l.author, l.created_at, l.modified_at';

/** Row → model. A row without a block is an unplaced orphan whatever its flag says. */
export function toAnnotation(row: AnnotationRow): Annotation {
  return {
    id: row.id,
    side: row.side as Side,
    blockId: row.block_id ?? UNPLACED_BLOCK,
    start: row.start_offset,
    end: row.end_offset,
    quote: row.quote,
    prefix: row.prefix,
    suffix: row.suffix,
    category: row.category,
    note: row.note,
    author: row.author,
    created: row.created_at,
    modified: row.modified_at,
    orphaned: row.block_id === null || row.orphaned === 1,
  };
}

/** Model → the values of an INSERT in {@link ANNOTATION_COLUMNS} order (without `a.`). */
export function annotationValues(a: Annotation): (string | number | null)[] {
  const blockId = a.blockId === UNPLACED_BLOCK ? null : a.blockId;
  return [a.id, blockId, a.side, a.start, a.end, a.quote, a.prefix, a.suffix, a.category, a.note, a.author, a.created, a.modified, a.orphaned || blockId === null ? 1 : 0];
}

/** Row → link model. */
export function toLink(row: LinkRow): AnnotationLink {
  return {
    id: row.id,
    sourceId: row.source_id,
    targetId: row.target_id,
    category: row.category,
    note: row.note,
    author: row.author,
    created: row.created_at,
    modified: row.modified_at,
  };
}

/** Row → block comment model. */
export function toComment(row: CommentRow): BlockComment {
  return { id: row.id, blockId: row.block_id, note: row.note, author: row.author, created: row.created_at, modified: row.modified_at };
}
