import { checkLimit } from '../../core/limits/index.ts';
import { AppError } from '../../core/model/index.ts';
import { mergeTranslations, parseTmx, parseXliff } from '../../core/interchange/index.ts';
import type { ParsedInterchange } from '../../core/interchange/index.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { TranslationImportSummary } from '../../shared/feature-dto.ts';
import { updateTargetAnnotations } from '../annotations/anchoring.ts';
import { decodeText } from '../import/decode.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import type { InterchangeUnit, MergeResult } from '../../core/interchange/index.ts';
import type { SegmentDraft } from '../../core/segments/index.ts';
import type { BlockStatus } from '../../core/model/index.ts';
import type { TranslationConflict } from '../../shared/feature-dto.ts';

const RANK: Readonly<Record<BlockStatus, number>> = { new: 0, draft: 1, confirmed: 2 };

/**
 * Segment-level re-import: a unit that carries Duizhao's segment ids, exactly the block's
 * current segments in order, fills the block segment by segment instead of spreading the joined
 * English. For a block the paragraph merge would update, each segment takes its incoming English
 * (an empty one offers nothing) and status. For a block in a `target-changed` conflict, segments
 * still without English are filled, an equal one may raise its status, and each segment whose
 * English differs on both sides is its own conflict (with `segmentId`), not applied.
 */
function segmentLevel(blocks: readonly BlockDto[], units: readonly InterchangeUnit[], merge: MergeResult) {
  const edits: { blockId: number; segments: SegmentDraft[] }[] = [];
  const conflicts: TranslationConflict[] = [];
  const replaced = new Set<number>();
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const unitOf = new Map<number, InterchangeUnit>();
  for (const unit of units) if (unit.blockId !== undefined && !unitOf.has(unit.blockId)) unitOf.set(unit.blockId, unit);
  const matching = (blockId: number): { block: BlockDto; unit: InterchangeUnit } | undefined => {
    const block = byId.get(blockId);
    const unit = unitOf.get(blockId);
    const segs = unit?.segments;
    // A one-segment block gains nothing from segment-level work: the paragraph rule already is it.
    if (!block || !unit || !segs || block.segments.length < 2 || segs.length !== block.segments.length || segs.some((s, i) => s.id !== block.segments[i]!.id)) return undefined;
    return { block, unit };
  };
  const incomingStatus = (status: BlockStatus | undefined): BlockStatus => (status === undefined || status === 'new' ? 'draft' : status);
  for (const update of merge.updates) {
    const m = matching(update.blockId);
    if (!m) continue;
    edits.push({
      blockId: update.blockId,
      segments: m.block.segments.map((s, i) => {
        const incoming = m.unit.segments![i]!;
        const base: SegmentDraft = { id: s.id, start: s.start, end: s.end, target: s.target, status: s.status, origin: s.origin };
        if (incoming.target === '') return base;
        if (incoming.target === s.target) return incoming.status && RANK[incoming.status] > RANK[s.status] ? { ...base, status: incoming.status } : base;
        return { ...base, target: incoming.target, status: incomingStatus(incoming.status), origin: 'imported' };
      }),
    });
  }
  for (const conflict of merge.conflicts) {
    if (conflict.reason !== 'target-changed') continue;
    const m = matching(conflict.blockId);
    if (!m) continue;
    replaced.add(conflict.blockId);
    let filled = false;
    const segments = m.block.segments.map((s, i) => {
      const incoming = m.unit.segments![i]!;
      const base: SegmentDraft = { id: s.id, start: s.start, end: s.end, target: s.target, status: s.status, origin: s.origin };
      if (incoming.target === '' || incoming.target === s.target) return base;
      if (s.target === '') {
        filled = true;
        return { ...base, target: incoming.target, status: incomingStatus(incoming.status), origin: 'imported' as const };
      }
      conflicts.push({ blockId: conflict.blockId, segmentId: s.id, reason: 'target-changed', current: s.target, incoming: incoming.target });
      return base;
    });
    if (filled) edits.push({ blockId: conflict.blockId, segments });
  }
  return { edits, conflicts, replaced };
}

/** What an import did, plus the blocks it changed (for callers that refresh a view). */
export interface TranslationImportResult extends TranslationImportSummary {
  readonly changed: readonly BlockDto[];
}

/**
 * Reads a translation file: `.tmx` as TMX, `.xlf`/`.xliff`/`.xlf2` as XLIFF 1.2 or 2.x, any
 * other name by its root element. Throws `export:errors.notText` for bytes that are not text, and
 * the parsers' `export:errors.*` (malformed XML, DTDs, not XLIFF/TMX, unsupported version).
 */
export function parseTranslationFile(fileName: string, bytes: Uint8Array): ParsedInterchange {
  let text: string;
  try {
    text = decodeText(fileName, bytes).text;
  } catch (error) {
    if (error instanceof AppError) throw new AppError('export:errors.notText', { name: fileName });
    throw error;
  }
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.tmx')) return parseTmx(text);
  if (/\.(xlf|xliff|xlf2)$/.test(lower)) return parseXliff(text);
  // Unknown extension: the first element decides; parseXliff names the root if it is neither.
  return /^(?:\uFEFF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[\w.-]+:)?tmx[\s>]/.test(text) ? parseTmx(text) : parseXliff(text);
}

/**
 * Merges a translation file into every document of `store` (see mergeTranslations for matching
 * by block id, then by source text) and applies the updates as one transaction with a revision
 * each. Conflicts (the block changed since the export, a changed source, two different
 * translations for one block) are reported and not applied; units matching no block are counted.
 * Target-side annotations of the changed blocks are then re-anchored by quote and context.
 * A file with more units than LIMITS.units or an English longer than
 * LIMITS.targetChars (what saveTarget accepts) is refused whole, before anything is written.
 */
export function importTranslationFile(store: ProjectStore, fileName: string, bytes: Uint8Array, now: number): TranslationImportResult {
  const parsed = parseTranslationFile(fileName, bytes);
  // The save API's own bounds: English accepted here must stay editable and savable for ever.
  checkLimit('units', parsed.units.length);
  for (const unit of parsed.units) checkLimit('targetChars', unit.target.length);
  const blocks = store.documents().flatMap((d) => store.listBlocks(d.id));
  const merge = mergeTranslations(blocks, parsed.units);
  const bySegments = segmentLevel(blocks, parsed.units, merge);
  const paragraphUpdates = merge.updates.filter((u) => !bySegments.edits.some((e) => e.blockId === u.blockId));
  const changed = paragraphUpdates.length || bySegments.edits.length ? store.applyTargets(paragraphUpdates, now, bySegments.edits) : [];
  // English annotations of changed blocks follow their quotes (or become orphans, never lost).
  for (const block of changed) updateTargetAnnotations(store.db, block.id, block.target);
  return {
    updated: changed.length,
    conflicts: [
      ...merge.conflicts.filter((c) => !bySegments.replaced.has(c.blockId)).map((c) => ({ blockId: c.blockId, reason: c.reason, current: c.current, incoming: c.incoming })),
      ...bySegments.conflicts,
    ],
    unmatched: merge.unmatched.length,
    changed,
  };
}
