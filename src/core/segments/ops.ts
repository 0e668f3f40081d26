import type { SegmentDraft } from './model.ts';
import { derivedStatus, joinTargets, segmentTargetOffsets, TARGET_SEPARATOR } from './join.ts';

/** Whether `segments` cover `[0, sourceLength)` in order with no gap or overlap, none empty (except for an empty source). */
export function segmentsTile(segments: readonly { start: number; end: number }[], sourceLength: number): boolean {
  if (sourceLength === 0) return segments.length === 1 && segments[0]!.start === 0 && segments[0]!.end === 0;
  let at = 0;
  for (const s of segments) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start !== at || s.end <= s.start) return false;
    at = s.end;
  }
  return at === sourceLength && segments.length > 0;
}

/** Whether `at` is a place where {@link splitAt} can cut segment `index` (strictly inside its Chinese). */
export function canSplit(segments: readonly SegmentDraft[], index: number, at: number): boolean {
  const segment = segments[index];
  return segment !== undefined && at > segment.start && at < segment.end;
}

/**
 * Splits segment `index` at source offset `at` (UTF-16, strictly inside it; callers keep
 * surrogate pairs whole): the first part keeps the id, the English, status and origin; the
 * second is new, empty, `new`, typed. The joined English is unchanged, so block-level
 * annotation offsets stay valid. Returns the input unchanged when the split is not possible.
 */
export function splitAt(segments: readonly SegmentDraft[], index: number, at: number): SegmentDraft[] {
  if (!canSplit(segments, index, at)) return [...segments];
  const segment = segments[index]!;
  const first: SegmentDraft = { ...segment, end: at };
  const second: SegmentDraft = { start: at, end: segment.end, target: '', status: 'new', origin: 'typed' };
  return [...segments.slice(0, index), first, second, ...segments.slice(index + 1)];
}

/**
 * Merges segment `index` with the next one: one segment over both Chinese ranges whose English
 * is both texts joined by `separator` (empty ones skipped, so the block's joined English is
 * unchanged), status derived from both, the first id kept, the origin kept when both agree
 * (else `typed`). Returns the input unchanged when there is no next segment.
 */
export function mergeWithNext(segments: readonly SegmentDraft[], index: number, separator: string = TARGET_SEPARATOR): SegmentDraft[] {
  const a = segments[index];
  const b = segments[index + 1];
  if (!a || !b) return [...segments];
  const merged: SegmentDraft = {
    ...(a.id !== undefined ? { id: a.id } : {}),
    start: a.start,
    end: b.end,
    target: joinTargets([a.target, b.target], separator),
    status: derivedStatus([a.status, b.status]),
    origin: a.origin === b.origin ? a.origin : 'typed',
  };
  return [...segments.slice(0, index), merged, ...segments.slice(index + 2)];
}

/** One replacement in a text: `[from, to)` of the old text became `insert` characters. */
export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: number;
}

function refine(before: string, after: string, from: number): TextChange {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s]) s++;
  return { from: from + p, to: from + before.length - s, insert: after.length - p - s };
}

/**
 * The change to a block's joined English when segment `index`'s English becomes `text`: the
 * region between the untouched segments before and after (including a separator that appears or
 * vanishes) narrowed to what really differs. Feed it to {@link mapOffset} to move block-level
 * annotation offsets, which is what keeps English annotations and links anchored.
 */
export function segmentEditChange(targets: readonly string[], index: number, text: string, separator: string = TARGET_SEPARATOR): TextChange {
  const before = joinTargets(targets, separator);
  const next = [...targets];
  next[index] = text;
  const after = joinTargets(next, separator);
  const head = joinTargets(targets.slice(0, index), separator).length;
  const tail = joinTargets(targets.slice(index + 1), separator).length;
  return refine(before.slice(head, before.length - tail), after.slice(head, after.length - tail), head);
}

/**
 * Maps an offset of the old text through `change`. Offsets before the change stay, offsets after
 * it shift; an offset inside the replaced stretch goes to its start (`assoc` -1) or to the end of
 * the inserted text (`assoc` 1), so a span's start and end collapse when its text was deleted.
 */
export function mapOffset(change: TextChange, offset: number, assoc: -1 | 1): number {
  if (offset < change.from || (offset === change.from && (assoc < 0 || change.to > change.from))) return offset;
  if (offset > change.to || (offset === change.to && change.to > change.from)) return offset + change.insert - (change.to - change.from);
  return assoc < 0 ? change.from : change.from + change.insert;
}

/**
 * Spreads a paragraph-level edit of the joined English (`joined`, e.g. a replace-all, a
 * re-import, `saveTarget`) back onto the segments, never losing text: the common prefix and
 * suffix of old and new joined text locate the change; when it lies inside one segment's English
 * that segment takes it; when it spans several, the first of them takes the whole new stretch and
 * the others become empty (their text is in the first). With no English at all before, the first
 * segment takes everything. Returns the new English per segment; `joinTargets` of it equals
 * `joined` except where a deletion left two separators side by side (one is then dropped).
 */
export function redistribute(targets: readonly string[], joined: string, separator: string = TARGET_SEPARATOR): string[] {
  const before = joinTargets(targets, separator);
  if (before === joined) return [...targets];
  const result = [...targets];
  if (targets.length === 0) return result;
  const filled = targets.map((t, i) => (t.length > 0 ? i : -1)).filter((i) => i >= 0);
  if (filled.length === 0) {
    result[0] = joined;
    return result;
  }
  const change = refine(before, joined, 0);
  const offsets = segmentTargetOffsets(targets, separator);
  // The segment holding the change's start: the last filled one starting at or before it.
  let first = filled[0]!;
  for (const i of filled) if (offsets[i]! <= change.from) first = i;
  // The segment holding its end: the first filled one ending at or after it.
  let last = filled[filled.length - 1]!;
  for (const i of [...filled].reverse()) if (offsets[i]! + targets[i]!.length >= change.to) last = i;
  if (last < first) last = first;
  const regionStart = offsets[first]!;
  const regionEnd = offsets[last]! + targets[last]!.length;
  const delta = joined.length - before.length;
  result[first] = joined.slice(regionStart, regionEnd + delta);
  for (let i = first + 1; i <= last; i++) result[i] = '';
  return result;
}
