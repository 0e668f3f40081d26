import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import type { BlockStatus } from '../../core/model/index.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { TargetEdit } from '../../shared/feature-dto.ts';
import { writeTransaction } from '../storage/transaction.ts';
import { BLOCK_COLUMNS, toBlockDto, type BlockRow } from '../storage/rows.ts';

/**
 * Called inside the batch's transaction for every block whose English changed, with the text
 * before and after; the annotations feature re-anchors target-side ranges here. Throwing rolls
 * the whole batch back.
 */
export type TargetChangeHook = (blockId: number, before: string, after: string) => void;

/** What {@link applyBatch} returns: the batch id and the blocks as they are now. */
export interface BatchResult {
  readonly batchId: string;
  readonly blocks: BlockDto[];
}

/** What {@link undoBatchEdits} returns: restored blocks, and ids of blocks edited since the batch. */
export interface UndoResult {
  readonly blocks: BlockDto[];
  readonly skipped: number[];
}

const iso = (ms: number): string => new Date(ms).toISOString();

function readBlock(db: DatabaseSync, blockId: number): BlockRow {
  const row = db.prepare(`SELECT ${BLOCK_COLUMNS} FROM blocks WHERE id = ?`).get(blockId) as BlockRow | undefined;
  if (!row) throw new AppError('host:errors.blockNotFound', { blockId });
  return row;
}

/**
 * Saves many blocks' English and status in ONE transaction (all or nothing) and records it as a
 * batch: each changed block gets a revision marked with the batch id (never coalesced with
 * typing) and a before/after pair for {@link undoBatchEdits}. Edits that change nothing are left
 * out of the batch; a later edit of the same block wins over an earlier one. Unknown block ids
 * fail the whole batch with `host:errors.blockNotFound`. Assumes schema version ≥ 4.
 */
export function applyBatch(
  db: DatabaseSync,
  path: string,
  edits: readonly TargetEdit[],
  label: string,
  now: number,
  onChange?: TargetChangeHook,
): BatchResult {
  const byBlock = new Map(edits.map((e) => [e.blockId, e]));
  const batchId = randomUUID();
  return writeTransaction(db, path, () => {
    db.prepare('INSERT INTO batches (id, label, created_at) VALUES (?, ?, ?)').run(batchId, label, iso(now));
    const update = db.prepare('UPDATE blocks SET target = ?, status = ?, updated_at = ? WHERE id = ?');
    const record = db.prepare('INSERT INTO batch_edits VALUES (?, ?, ?, ?, ?, ?)');
    const revision = db.prepare('INSERT INTO revisions (block_id, target, status, created_at, batch_id) VALUES (?, ?, ?, ?, ?)');
    const blocks: BlockDto[] = [];
    for (const edit of byBlock.values()) {
      const row = readBlock(db, edit.blockId);
      if (row.target === edit.target && row.status === edit.status) continue;
      update.run(edit.target, edit.status, iso(now), edit.blockId);
      record.run(batchId, edit.blockId, row.target, row.status, edit.target, edit.status);
      revision.run(edit.blockId, edit.target, edit.status, iso(now), batchId);
      if (row.target !== edit.target) onChange?.(edit.blockId, row.target, edit.target);
      blocks.push(toBlockDto(readBlock(db, edit.blockId)));
    }
    return { batchId, blocks };
  });
}

/**
 * Undoes a batch in one transaction: every block that still holds the English and status the
 * batch gave it gets its earlier English and status back (recorded as a revision marked with the
 * batch id); blocks changed since are left alone and listed in `skipped`. Fails with
 * `history:errors.batchNotFound` for an unknown id and `history:errors.batchUndone` when the
 * batch was undone already.
 */
export function undoBatchEdits(db: DatabaseSync, path: string, batchId: string, now: number, onChange?: TargetChangeHook): UndoResult {
  return writeTransaction(db, path, () => {
    const batch = db.prepare('SELECT undone_at FROM batches WHERE id = ?').get(batchId) as { undone_at: string | null } | undefined;
    if (!batch) throw new AppError('history:errors.batchNotFound', { batchId });
    if (batch.undone_at !== null) throw new AppError('history:errors.batchUndone', { batchId });
    const edits = db
      .prepare('SELECT block_id, before_target, before_status, after_target, after_status FROM batch_edits WHERE batch_id = ? ORDER BY block_id')
      .all(batchId) as { block_id: number; before_target: string; before_status: string; after_target: string; after_status: string }[];
    const update = db.prepare('UPDATE blocks SET target = ?, status = ?, updated_at = ? WHERE id = ?');
    const revision = db.prepare('INSERT INTO revisions (block_id, target, status, created_at, batch_id) VALUES (?, ?, ?, ?, ?)');
    const blocks: BlockDto[] = [];
    const skipped: number[] = [];
    for (const edit of edits) {
      const row = db.prepare(`SELECT ${BLOCK_COLUMNS} FROM blocks WHERE id = ?`).get(edit.block_id) as BlockRow | undefined;
      if (!row) continue; // the block's document was deleted; nothing to restore
      if (row.target !== edit.after_target || row.status !== edit.after_status) {
        skipped.push(edit.block_id);
        continue;
      }
      update.run(edit.before_target, edit.before_status as BlockStatus, iso(now), edit.block_id);
      revision.run(edit.block_id, edit.before_target, edit.before_status, iso(now), batchId);
      if (row.target !== edit.before_target) onChange?.(edit.block_id, row.target, edit.before_target);
      blocks.push(toBlockDto(readBlock(db, edit.block_id)));
    }
    db.prepare('UPDATE batches SET undone_at = ? WHERE id = ?').run(iso(now), batchId);
    return { blocks, skipped };
  });
}
