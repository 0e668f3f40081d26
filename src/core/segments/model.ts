import type { BlockStatus } from '../model/index.ts';

/** Where a segment's English came from; TM, MT and alignment features set their own origin. */
export type SegmentOrigin = 'typed' | 'tm' | 'mt' | 'imported' | 'aligned';

/** Every origin, in a stable order (validation schemas, the storage CHECK). */
export const SEGMENT_ORIGINS: readonly SegmentOrigin[] = ['typed', 'tm', 'mt', 'imported', 'aligned'];

/**
 * The unit of translation work: a contiguous range `[start, end)` of its block's Chinese (UTF-16
 * offsets inside the app; anything exported converts to code points) with its own English,
 * status and origin. A block's segments are ordered by `ordinal`, tile its source exactly and
 * never overlap. `revision` counts saved changes of this segment (0 = never saved).
 */
export interface Segment {
  readonly id: number;
  readonly blockId: number;
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly target: string;
  readonly status: BlockStatus;
  readonly origin: SegmentOrigin;
  readonly revision: number;
}

/**
 * A segment before it is stored (or as the editor holds it): no id for one created by a split,
 * otherwise the same fields. The pure operations of this folder work on these.
 */
export interface SegmentDraft {
  readonly id?: number;
  readonly start: number;
  readonly end: number;
  readonly target: string;
  readonly status: BlockStatus;
  readonly origin: SegmentOrigin;
}
