/**
 * Decides what a re-imported translation file changes. Nothing is written here: the result
 * lists updates to apply, conflicts for the user to resolve and units that matched nothing.
 *
 * Matching: a unit with a known `b<id>` goes to that block when the block's source is unchanged;
 * if the source was edited since the export it is a `source-changed` conflict. A unit without a
 * usable id goes to every block whose source equals its source (exactly, else after trimming).
 *
 * The rule, per matched block (current = the block's target now, incoming = the file's target,
 * exported = the target as exported: carried in the file, or, when the file does not carry it
 * and `exportedAt` is given, the current target if the block has not been updated since then):
 * - incoming empty → nothing (an empty target is "no translation offered", never an erasure);
 * - incoming = current → nothing, except that a higher incoming status (new < draft <
 *   confirmed) is adopted;
 * - current empty, or current = exported (only Duizhao's own id match may use exported) →
 *   update to incoming, with the incoming status (`new` or none becomes `draft`);
 * - otherwise → `target-changed` conflict: both sides changed, the user chooses;
 * - a second unit for a block that already has a different update → `duplicate` conflict.
 */
import type { BlockStatus } from '../model/block.ts';
import type { InterchangeUnit } from './types.ts';

/** The current state of a block, as the project store has it. `updatedAt`: ISO string or epoch ms. */
export interface MergeBlock {
  readonly id: number;
  readonly source: string;
  readonly target: string;
  readonly status: BlockStatus;
  readonly updatedAt: string | number;
}

/** A change to apply to a block. */
export interface MergeUpdate {
  readonly blockId: number;
  readonly target: string;
  readonly status: BlockStatus;
}

/** A block where applying the file would lose someone's work; the user decides. */
export interface MergeConflict {
  readonly blockId: number;
  readonly reason: 'target-changed' | 'source-changed' | 'duplicate';
  readonly current: string;
  readonly incoming: string;
  readonly exported?: string;
  readonly incomingStatus?: BlockStatus;
}

/** A unit that matched no block. */
export interface MergeUnmatched {
  readonly unit: InterchangeUnit;
  readonly reason: 'unknown-id' | 'no-source-match';
}

/** Everything {@link mergeTranslations} decided; `unchanged` counts matched units that change nothing. */
export interface MergeResult {
  readonly updates: MergeUpdate[];
  readonly conflicts: MergeConflict[];
  readonly unmatched: MergeUnmatched[];
  readonly unchanged: number;
}

const RANK: Readonly<Record<BlockStatus, number>> = { new: 0, draft: 1, confirmed: 2 };

function time(value: string | number): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

/**
 * Matches `units` to `blocks` and applies the rule in the module comment. `exportedAt` (ISO
 * string or epoch ms) is when the file was exported; it only matters for files that do not
 * carry the exported target. Pure: neither input is modified.
 */
export function mergeTranslations(
  blocks: readonly MergeBlock[],
  units: readonly InterchangeUnit[],
  exportedAt?: string | number,
): MergeResult {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const bySource = new Map<string, MergeBlock[]>();
  for (const b of blocks) for (const key of new Set([b.source, b.source.trim()])) bySource.set(key, [...(bySource.get(key) ?? []), b]);
  const updates = new Map<number, MergeUpdate>();
  const conflicts: MergeConflict[] = [];
  const unmatched: MergeUnmatched[] = [];
  let unchanged = 0;

  const decide = (block: MergeBlock, unit: InterchangeUnit, exported: string | undefined): void => {
    const incoming = unit.target;
    const earlier = updates.get(block.id);
    if (earlier && earlier.target !== incoming && incoming !== '') {
      conflicts.push({ blockId: block.id, reason: 'duplicate', current: earlier.target, incoming, ...(unit.status ? { incomingStatus: unit.status } : {}) });
      return;
    }
    if (incoming === '' || earlier) {
      unchanged++;
      return;
    }
    if (incoming === block.target) {
      if (unit.status && RANK[unit.status] > RANK[block.status]) updates.set(block.id, { blockId: block.id, target: incoming, status: unit.status });
      else unchanged++;
      return;
    }
    if (block.target === '' || exported === block.target) {
      const status = unit.status === undefined || unit.status === 'new' ? 'draft' : unit.status;
      updates.set(block.id, { blockId: block.id, target: incoming, status });
      return;
    }
    conflicts.push({
      blockId: block.id,
      reason: 'target-changed',
      current: block.target,
      incoming,
      ...(exported === undefined ? {} : { exported }),
      ...(unit.status ? { incomingStatus: unit.status } : {}),
    });
  };

  for (const unit of units) {
    const own = unit.blockId === undefined ? undefined : byId.get(unit.blockId);
    if (own) {
      if (own.source !== unit.source) {
        conflicts.push({ blockId: own.id, reason: 'source-changed', current: own.target, incoming: unit.target });
        continue;
      }
      const unchangedSince = exportedAt !== undefined && time(own.updatedAt) <= time(exportedAt);
      decide(own, unit, unit.exportedTarget ?? (unchangedSince ? own.target : undefined));
      continue;
    }
    const candidates = bySource.get(unit.source) ?? bySource.get(unit.source.trim()) ?? [];
    if (candidates.length === 0) {
      unmatched.push({ unit, reason: unit.blockId === undefined ? 'no-source-match' : 'unknown-id' });
      continue;
    }
    for (const block of candidates) decide(block, unit, undefined);
  }
  return { updates: [...updates.values()], conflicts, unmatched, unchanged };
}
