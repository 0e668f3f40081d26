import type { DatabaseSync } from 'node:sqlite';
import type { Annotation } from '../../core/annotate/index.ts';
import { applyAnchor, describeSpan, reanchor, UNPLACED_BLOCK } from '../../core/annotate/index.ts';
import type { MappedRange } from '../../shared/feature-dto.ts';
import { AnnotationStore } from './annotation-store.ts';

function changed(before: Annotation, after: Annotation): boolean {
  return (
    before.start !== after.start ||
    before.end !== after.end ||
    before.quote !== after.quote ||
    before.prefix !== after.prefix ||
    before.suffix !== after.suffix ||
    before.orphaned !== after.orphaned ||
    before.blockId !== after.blockId
  );
}

/**
 * `annotation` placed on its block's current `text`: unchanged while its quote still sits at its
 * offsets, else re-anchored by quote and context, else marked orphaned (offsets and quote kept).
 */
export function verified(annotation: Annotation, text: string): Annotation {
  if (!annotation.orphaned && text.slice(annotation.start, annotation.end) === annotation.quote) return annotation;
  return applyAnchor(annotation, text, reanchor(annotation, text));
}

/**
 * Checks that every annotation's quote still sits at its offsets in its block's CURRENT text and
 * re-anchors those that moved (by quote and context); what cannot be found is kept with
 * `orphaned: true`. Orphans are retried too, so restoring a text brings them back. Changes are
 * saved in one transaction; returns the annotations as they are now, in the given order.
 * Unplaced annotations (no block) are returned unchanged.
 */
export function verifyAnchors(store: AnnotationStore, annotations: readonly Annotation[]): Annotation[] {
  const texts = new Map<string, string | undefined>();
  const textOf = (a: Annotation): string | undefined => {
    const key = `${a.blockId}:${a.side}`;
    if (!texts.has(key)) texts.set(key, store.blockText(a.blockId, a.side));
    return texts.get(key);
  };
  const updates: Annotation[] = [];
  const result = annotations.map((annotation) => {
    if (annotation.blockId === UNPLACED_BLOCK) return annotation;
    const text = textOf(annotation);
    if (text === undefined) return annotation;
    const next = verified(annotation, text);
    if (changed(annotation, next)) updates.push(next);
    return next;
  });
  if (updates.length > 0) store.write(() => store.putAnnotations(updates));
  return result;
}

/**
 * After a block's English was saved as `text`: target-side annotations listed in `ranges` (mapped
 * by the editor, UTF-16 offsets into `text`) take those offsets with a fresh quote and context; a
 * collapsed or out-of-range one (its text was deleted) is orphaned, keeping its last quote. Every
 * other target annotation of the block is re-anchored by quote and context (orphaned if that
 * fails). Never deletes anything. Without `ranges` (replace all, re-import) every annotation is
 * re-anchored. Returns the block's target annotations as saved.
 */
export function updateTargetAnnotations(db: DatabaseSync, blockId: number, text: string, ranges?: readonly MappedRange[]): Annotation[] {
  const store = new AnnotationStore(db);
  const mapped = new Map((ranges ?? []).map((range) => [range.id, range]));
  const updates: Annotation[] = [];
  const result = store.annotationsOfBlock(blockId, 'target').map((annotation) => {
    const range = mapped.get(annotation.id);
    let next: Annotation;
    if (range === undefined) next = verified(annotation, text);
    else if (range.start < range.end && range.end <= text.length) next = { ...annotation, ...describeSpan(text, range.start, range.end), orphaned: false };
    else next = annotation.orphaned ? annotation : { ...annotation, orphaned: true };
    if (changed(annotation, next)) updates.push(next);
    return next;
  });
  if (updates.length > 0) store.write(() => store.putAnnotations(updates));
  return result;
}
