import { AppError } from '../../core/model/index.ts';
import type { SegmentDraft } from '../../core/segments/index.ts';
import { canSplit, mergeWithNext, splitAt } from '../../core/segments/index.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { BlockDto } from '../../shared/dto.ts';
import type { HostContext } from '../context.ts';
import { updateTargetAnnotations } from '../annotations/anchoring.ts';

/** The segment methods of the contract. */
export type SegmentMethods = Pick<WorkbenchApi, 'saveSegments' | 'splitSegment' | 'mergeSegments' | 'setViewMode'>;

const drafts = (block: BlockDto): SegmentDraft[] => block.segments.map((s) => ({ id: s.id, start: s.start, end: s.end, target: s.target, status: s.status, origin: s.origin }));

/**
 * The segment slice of the workbench over the open project. Every write is one transaction that
 * covers the segments, the derived block English and status, and the re-anchored English
 * annotations (split and merge keep the joined English, so annotations need no move there).
 * Errors: `segments:errors.notFound`, `segments:errors.badSegments`, `segments:errors.conflict`
 * (stale `baseRevision`), `segments:errors.cannotSplit` (offset not strictly inside the segment),
 * `segments:errors.cannotMerge` (the last segment of its block).
 */
export function segmentMethods(ctx: HostContext): SegmentMethods {
  return {
    async saveSegments({ blockId, segments, baseRevision, ranges }) {
      const store = ctx.project();
      return store.saveSegments(blockId, segments, ctx.now(), baseRevision, (saved) => updateTargetAnnotations(store.db, blockId, saved.target, ranges));
    },

    async splitSegment({ segmentId, at, baseRevision }) {
      const store = ctx.project();
      const block = store.blockOfSegment(segmentId);
      const index = block.segments.findIndex((s) => s.id === segmentId);
      const list = drafts(block);
      if (!canSplit(list, index, at)) throw new AppError('segments:errors.cannotSplit', { segmentId, at });
      return store.saveSegments(block.id, splitAt(list, index, at), ctx.now(), baseRevision);
    },

    async mergeSegments({ segmentId, baseRevision }) {
      const store = ctx.project();
      const block = store.blockOfSegment(segmentId);
      const index = block.segments.findIndex((s) => s.id === segmentId);
      if (index === block.segments.length - 1) throw new AppError('segments:errors.cannotMerge', { segmentId });
      return store.saveSegments(block.id, mergeWithNext(drafts(block), index), ctx.now(), baseRevision);
    },

    async setViewMode({ mode }) {
      ctx.project().setViewMode(mode);
      return {};
    },
  };
}
