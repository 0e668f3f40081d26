import type { BlockStatus } from '../model/index.ts';
import type { SegmentDraft } from './model.ts';

/** The separator between segments' English in a block's joined target (English target). */
export const TARGET_SEPARATOR = ' ';

/**
 * A block's English as derived from its segments: each segment's text joined by `separator`
 * (one space for English; pass '' for a target language written without spaces), empty
 * segments skipped so an untranslated sentence adds no stray space. Texts are not trimmed:
 * what the translator typed is kept exactly.
 */
export function joinTargets(targets: readonly string[], separator: string = TARGET_SEPARATOR): string {
  return targets.filter((t) => t.length > 0).join(separator);
}

/**
 * Where each segment's English starts in {@link joinTargets}' result (UTF-16 offsets). An empty
 * segment gets the offset the next non-empty one will start at (or the end), so inserting text
 * there is an insertion at that offset (plus the separator, see mapSegmentEdit).
 */
export function segmentTargetOffsets(targets: readonly string[], separator: string = TARGET_SEPARATOR): number[] {
  const offsets: number[] = [];
  let at = 0;
  let any = false;
  for (const text of targets) {
    if (text.length === 0) {
      offsets.push(any ? at + separator.length : at);
      continue;
    }
    if (any) at += separator.length;
    offsets.push(at);
    at += text.length;
    any = true;
  }
  // Empty segments after the last non-empty one sit at the end, not one separator beyond it.
  for (let i = targets.length - 1; i >= 0 && targets[i]!.length === 0; i--) offsets[i] = at;
  return offsets;
}

/**
 * A paragraph's status from its segments': `confirmed` when every segment is confirmed, `new`
 * when every segment is new (or there are none), `draft` otherwise (work has started).
 */
export function derivedStatus(statuses: readonly BlockStatus[]): BlockStatus {
  if (statuses.length === 0) return 'new';
  if (statuses.every((s) => s === 'confirmed')) return 'confirmed';
  if (statuses.every((s) => s === 'new')) return 'new';
  return 'draft';
}

/** Whether a segment's English counts as empty for confirming (blank or whitespace only). */
export function isBlankTarget(text: string): boolean {
  return text.trim().length === 0;
}

/** The status a segment takes after its English was edited: `draft`, or `new` when blank. */
export function editedStatus(text: string): BlockStatus {
  return isBlankTarget(text) ? 'new' : 'draft';
}

/** Convenience: the joined English of drafts. */
export function joinedTarget(segments: readonly SegmentDraft[], separator: string = TARGET_SEPARATOR): string {
  return joinTargets(
    segments.map((s) => s.target),
    separator,
  );
}
