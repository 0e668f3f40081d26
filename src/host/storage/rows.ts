import type { BlockKind, BlockStatus } from '../../core/model/index.ts';
import type { BlockDto, RevisionDto } from '../../shared/dto.ts';
import { decodeSentences } from './sentences.ts';

/** A `blocks` row as `node:sqlite` returns it. */
export interface BlockRow {
  readonly id: number;
  readonly document_id: number;
  readonly position: number;
  readonly kind: string;
  readonly source: string;
  readonly target: string;
  readonly status: string;
  readonly updated_at: string;
  /** JSON `[[start, end], …]`; NULL for a row written without it (see storage/sentences.ts). */
  readonly source_sentences: string | null;
}

/** A `revisions` row as `node:sqlite` returns it. */
export interface RevisionRow {
  readonly id: number;
  readonly block_id: number;
  readonly target: string;
  readonly status: string;
  readonly created_at: string;
}

/** Columns selected for {@link BlockRow}, shared by every block query. */
export const BLOCK_COLUMNS = 'id, document_id, position, kind, source, target, status, updated_at, source_sentences';

/** Maps a row to the contract DTO; the CHECK constraints guarantee kind and status are valid. */
export function toBlockDto(row: BlockRow): BlockDto {
  return {
    id: row.id,
    documentId: row.document_id,
    index: row.position,
    kind: row.kind as BlockKind,
    source: row.source,
    target: row.target,
    status: row.status as BlockStatus,
    updatedAt: row.updated_at,
    sentences: decodeSentences(row.source_sentences, row.source),
  };
}

/** Maps a revision row to the contract DTO. */
export function toRevisionDto(row: RevisionRow): RevisionDto {
  return {
    id: row.id,
    blockId: row.block_id,
    target: row.target,
    status: row.status as BlockStatus,
    createdAt: row.created_at,
  };
}
