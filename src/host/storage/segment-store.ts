import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import type { BlockStatus } from '../../core/model/index.ts';
import type { SegmentDraft, SegmentOrigin } from '../../core/segments/index.ts';
import { derivedStatus, editedStatus, joinTargets, redistribute, segmentsTile } from '../../core/segments/index.ts';
import type { BlockDto, SegmentDto } from '../../shared/dto.ts';
import { BLOCK_COLUMNS, toBlockDto, type BlockRow } from './rows.ts';

/** Segment revisions younger than this absorb further typing (as block revisions do). */
const COALESCE_MS = 60_000;

const iso = (ms: number): string => new Date(ms).toISOString();

interface SegmentRow {
  readonly id: number;
  readonly block_id: number;
  readonly source_start: number;
  readonly source_end: number;
  readonly target: string;
  readonly status: string;
  readonly origin: string;
  readonly revision: number;
}

const COLUMNS = 'id, block_id, source_start, source_end, target, status, origin, revision';

function toSegmentDto(row: SegmentRow): SegmentDto {
  return {
    id: row.id,
    start: row.source_start,
    end: row.source_end,
    target: row.target,
    status: row.status as BlockStatus,
    origin: row.origin as SegmentOrigin,
    revision: row.revision,
  };
}

/** The block row for `blockId`; `host:errors.blockNotFound` when there is none. */
export function blockRow(db: DatabaseSync, blockId: number): BlockRow {
  const row = db.prepare(`SELECT ${BLOCK_COLUMNS} FROM blocks WHERE id = ?`).get(blockId) as BlockRow | undefined;
  if (!row) throw new AppError('host:errors.blockNotFound', { blockId });
  return row;
}

/** A block's segments in order (schema ≥ 6). */
export function readSegments(db: DatabaseSync, blockId: number): SegmentDto[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM segments WHERE block_id = ? ORDER BY ordinal`).all(blockId) as unknown as SegmentRow[];
  return rows.map(toSegmentDto);
}

/** The segments of every block of a document, by block id, in one query (for listBlocks). */
export function segmentsOfDocument(db: DatabaseSync, documentId: number): Map<number, SegmentDto[]> {
  const rows = db
    .prepare(`SELECT ${COLUMNS.split(', ').map((c) => `s.${c}`).join(', ')} FROM segments s JOIN blocks b ON b.id = s.block_id WHERE b.document_id = ? ORDER BY s.block_id, s.ordinal`)
    .iterate(documentId) as Iterable<SegmentRow>;
  const byBlock = new Map<number, SegmentDto[]>();
  for (const row of rows) {
    let list = byBlock.get(row.block_id);
    if (!list) byBlock.set(row.block_id, (list = []));
    list.push(toSegmentDto(row));
  }
  return byBlock;
}

/** The full contract DTO of a block row: its segments and revision included. */
export function fullBlockDto(db: DatabaseSync, row: BlockRow, segments?: readonly SegmentDto[]): BlockDto {
  const revision = (db.prepare('SELECT revision FROM blocks WHERE id = ?').get(row.id) as { revision: number }).revision;
  return toBlockDto(row, segments ?? readSegments(db, row.id), revision);
}

/** Inserts the segments of a freshly imported block: its stored sentence split, all new. */
export function insertInitialSegments(db: DatabaseSync, blockId: number, spans: readonly { start: number; end: number }[], sourceLength: number, now: number): void {
  const insert = db.prepare(
    `INSERT INTO segments (block_id, ordinal, source_start, source_end, target, status, origin, revision, updated_at) VALUES (?, ?, ?, ?, '', 'new', 'typed', 0, ?)`,
  );
  const list = spans.length > 0 ? spans : [{ start: 0, end: sourceLength }];
  list.forEach((span, ordinal) => insert.run(blockId, ordinal, span.start, span.end, iso(now)));
}

/** Options of {@link writeSegments}. */
export interface WriteSegmentsOptions {
  /** The block revision the edit was based on; a different current revision is a conflict. */
  readonly baseRevision?: number;
  /** Set for imports and batches: every change gets its own revision rows, never coalesced. */
  readonly noCoalesce?: boolean;
  /** Marks the block revision rows (batch edits). */
  readonly batchId?: string;
}

/**
 * Replaces a block's segments with `drafts` (call inside a write transaction): checks that they
 * tile the block's Chinese (`segments:errors.badSegments`) and that ids belong to the block
 * (`segments:errors.notFound`), refuses a stale `baseRevision` (`segments:errors.conflict`,
 * with the current revision, nothing written), deletes segments no longer listed, updates and
 * inserts the rest, records per-segment revisions for changed English or status, and writes the
 * derived paragraph English and status on the block (with its own revision, as saveTarget does)
 * and bumps the block revision. A call that changes nothing writes nothing. Returns the block.
 */
export function writeSegments(db: DatabaseSync, blockId: number, drafts: readonly SegmentDraft[], now: number, options: WriteSegmentsOptions = {}): BlockDto {
  const row = blockRow(db, blockId);
  const revision = (db.prepare('SELECT revision FROM blocks WHERE id = ?').get(blockId) as { revision: number }).revision;
  if (options.baseRevision !== undefined && options.baseRevision !== revision) {
    throw new AppError('segments:errors.conflict', { blockId, expected: options.baseRevision, actual: revision });
  }
  if (!segmentsTile(drafts, row.source.length)) throw new AppError('segments:errors.badSegments', { blockId });
  const existing = readSegments(db, blockId);
  const byId = new Map(existing.map((s) => [s.id, s]));
  const seen = new Set<number>();
  for (const d of drafts) {
    if (d.id === undefined) continue;
    if (!byId.has(d.id) || seen.has(d.id)) throw new AppError('segments:errors.notFound', { segmentId: d.id });
    seen.add(d.id);
  }
  const unchanged =
    existing.length === drafts.length &&
    drafts.every((d, i) => {
      const e = existing[i]!;
      return d.id === e.id && d.start === e.start && d.end === e.end && d.target === e.target && d.status === e.status && d.origin === e.origin;
    });
  if (unchanged) return fullBlockDto(db, row, existing);

  const at = iso(now);
  const remove = db.prepare('DELETE FROM segments WHERE id = ?');
  for (const e of existing) if (!seen.has(e.id)) remove.run(e.id);
  const update = db.prepare('UPDATE segments SET ordinal = ?, source_start = ?, source_end = ?, target = ?, status = ?, origin = ?, revision = ?, updated_at = ? WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO segments (block_id, ordinal, source_start, source_end, target, status, origin, revision, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const latest = db.prepare('SELECT id, status, created_at FROM segment_revisions WHERE segment_id = ? ORDER BY id DESC LIMIT 1');
  const addRevision = db.prepare('INSERT INTO segment_revisions (segment_id, target, status, origin, created_at) VALUES (?, ?, ?, ?, ?)');
  const amendRevision = db.prepare('UPDATE segment_revisions SET target = ?, origin = ? WHERE id = ?');
  drafts.forEach((d, ordinal) => {
    const before = d.id === undefined ? undefined : byId.get(d.id);
    let id: number;
    const textChanged = !before || before.target !== d.target || before.status !== d.status || before.origin !== d.origin;
    const nextRevision = (before?.revision ?? 0) + (textChanged ? 1 : 0);
    if (before) {
      update.run(ordinal, d.start, d.end, d.target, d.status, d.origin, nextRevision, at, before.id);
      id = before.id;
    } else {
      id = Number(insert.run(blockId, ordinal, d.start, d.end, d.target, d.status, d.origin, nextRevision, at).lastInsertRowid);
    }
    if (!textChanged || (!before && d.target === '' && d.status === 'new')) return;
    const last = latest.get(id) as { id: number; status: string; created_at: string } | undefined;
    const coalesce = !options.noCoalesce && before?.status === d.status && last?.status === d.status && now - Date.parse(last.created_at) < COALESCE_MS;
    if (coalesce && last) amendRevision.run(d.target, d.origin, last.id);
    else addRevision.run(id, d.target, d.status, d.origin, at);
  });

  const target = joinTargets(drafts.map((d) => d.target));
  const status = derivedStatus(drafts.map((d) => d.status));
  db.prepare('UPDATE blocks SET revision = revision + 1 WHERE id = ?').run(blockId);
  if (target !== row.target || status !== row.status) {
    db.prepare('UPDATE blocks SET target = ?, status = ?, updated_at = ? WHERE id = ?').run(target, status, at, blockId);
    recordBlockRevision(db, blockId, row.status, target, status, now, options);
  }
  return fullBlockDto(db, blockRow(db, blockId));
}

/** The block-level history row for a change, coalescing typing bursts like saveTarget does. */
function recordBlockRevision(db: DatabaseSync, blockId: number, previousStatus: string, target: string, status: BlockStatus, now: number, options: WriteSegmentsOptions): void {
  const latest = db.prepare('SELECT id, status, created_at FROM revisions WHERE block_id = ? ORDER BY id DESC LIMIT 1').get(blockId) as
    | { id: number; status: string; created_at: string }
    | undefined;
  const coalesce = !options.noCoalesce && previousStatus === status && latest?.status === status && now - Date.parse(latest.created_at) < COALESCE_MS;
  if (coalesce && latest) db.prepare('UPDATE revisions SET target = ? WHERE id = ?').run(target, latest.id);
  else if (options.batchId) db.prepare('INSERT INTO revisions (block_id, target, status, created_at, batch_id) VALUES (?, ?, ?, ?, ?)').run(blockId, target, status, iso(now), options.batchId);
  else db.prepare('INSERT INTO revisions (block_id, target, status, created_at) VALUES (?, ?, ?, ?)').run(blockId, target, status, iso(now));
}

/**
 * The segments a paragraph-level write (`saveTarget`, an import, replace all, a batch undo) gives
 * a block: the new English is spread with {@link redistribute} (the segment holding a change
 * takes it; a change across segments goes to the first of them, the others emptied; never
 * lost). Status: `confirmed` confirms every segment; otherwise segments whose English changed
 * take `draft`/`new` by their text, and when a confirmed paragraph is set to another status its
 * confirmed segments are un-confirmed too. `origin` marks the segments whose English changed.
 */
export function segmentsForParagraphEdit(
  current: readonly SegmentDto[],
  target: string,
  status: BlockStatus,
  previousStatus: BlockStatus,
  origin: SegmentOrigin = 'typed',
): SegmentDraft[] {
  const texts = redistribute(
    current.map((s) => s.target),
    target,
  );
  const unconfirm = previousStatus === 'confirmed' && status !== 'confirmed';
  return current.map((s, i) => {
    const text = texts[i]!;
    const changed = text !== s.target;
    let next: BlockStatus = changed ? editedStatus(text) : s.status;
    if (status === 'confirmed') next = 'confirmed';
    else if (unconfirm && next === 'confirmed') next = editedStatus(text);
    return { id: s.id, start: s.start, end: s.end, target: text, status: next, origin: changed ? origin : s.origin };
  });
}
