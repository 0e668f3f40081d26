/**
 * The annotation model. Offsets inside the app are UTF-16 code units within the plain text of one
 * block on one side (the editor's unit); they become code points only in exports (w3c-export.ts,
 * csv-export.ts). Overlapping and nested annotations are allowed: nothing here forbids them.
 */

/** Which column of the bilingual view a span lives in. */
export type Side = 'source' | 'target';

/** Both sides, in display order. */
export const SIDES: readonly Side[] = ['source', 'target'];

/**
 * A categorised span on one side of one block. `start`/`end` are UTF-16 offsets (end exclusive)
 * into that block's text on `side`. `quote`, `prefix` and `suffix` are kept so the span can be
 * re-anchored after outside edits (anchor.ts). An `orphaned` annotation could not be re-anchored:
 * it keeps its last offsets and quote and is shown in an orphan queue, never deleted.
 * `blockId` is {@link UNPLACED_BLOCK} when an imported annotation matched no block at all.
 * `created`/`modified` are ISO 8601 date-times.
 */
export interface Annotation {
  readonly id: string;
  readonly side: Side;
  readonly blockId: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** A tag name from the project's tag set (imports may bring names the set does not have). */
  readonly category: string;
  readonly note: string;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
  readonly orphaned: boolean;
}

/** A free-text note about a whole block (both sides), not about a span. */
export interface BlockComment {
  readonly id: string;
  readonly blockId: number;
  readonly note: string;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
}

/**
 * A typed link between two annotations, normally a source-side span and its target-side rendering
 * (e.g. category "translation shift", note "idiom replaced by paraphrase"). The ids refer to
 * {@link Annotation.id}; deleting an annotation should delete its links (storage's job).
 */
export interface AnnotationLink {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly category: string;
  readonly note: string;
  readonly author: string;
  readonly created: string;
  readonly modified: string;
}

/** The plain text of one block on one side, as anchoring and exports need it. */
export interface BlockText {
  readonly blockId: number;
  readonly side: Side;
  readonly text: string;
}

/** `blockId` of an imported annotation that matched no block (always orphaned). */
export const UNPLACED_BLOCK = -1;

/** How many code points of context `prefix` and `suffix` keep (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/**
 * A new, unique-enough id. Core has no crypto, so this is time + Math.random: fine for local
 * records that storage keys by id, not for anything security-related.
 */
export function newAnnotationId(): string {
  const random = Math.floor(Math.random() * 2 ** 48).toString(36).padStart(10, '0');
  return `${Date.now().toString(36)}-${random}`;
}

/** Moves a UTF-16 offset off the second half of a surrogate pair, towards `direction`. */
function snap(text: string, offset: number, direction: -1 | 1): number {
  const unit = text.charCodeAt(offset);
  const before = text.charCodeAt(offset - 1);
  const splitsPair = unit >= 0xdc00 && unit <= 0xdfff && before >= 0xd800 && before <= 0xdbff;
  return splitsPair ? offset + (direction < 0 ? -1 : 1) : offset;
}

/** Up to `count` code points of `text` ending at UTF-16 offset `end`. */
export function textBefore(text: string, end: number, count = CONTEXT_LENGTH): string {
  let start = end;
  for (let taken = 0; taken < count && start > 0; taken++) {
    start -= 1;
    start = snap(text, start, -1);
  }
  return text.slice(start, end);
}

/** Up to `count` code points of `text` starting at UTF-16 offset `start`. */
export function textAfter(text: string, start: number, count = CONTEXT_LENGTH): string {
  let end = start;
  for (let taken = 0; taken < count && end < text.length; taken++) {
    end += 1;
    end = snap(text, end, 1);
  }
  return text.slice(start, end);
}

/**
 * The quote and context of span `start…end` (UTF-16) of `text`. Offsets that split a surrogate
 * pair are widened to cover the whole character. Throws RangeError for an empty or out-of-range
 * span: the UI must not offer to annotate nothing.
 */
export function describeSpan(text: string, start: number, end: number): { start: number; end: number; quote: string; prefix: string; suffix: string } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`span ${start}…${end} is empty or outside 0…${text.length}`);
  }
  const from = snap(text, start, -1);
  const to = snap(text, end, 1);
  return { start: from, end: to, quote: text.slice(from, to), prefix: textBefore(text, from), suffix: textAfter(text, to) };
}

/**
 * A new annotation on `blockText` (the block's current text on `side`) covering `start…end`
 * (UTF-16), with quote and ~32-code-point context computed from the text. `now` is an ISO 8601
 * date-time used for both timestamps; `id` defaults to {@link newAnnotationId}.
 */
export function createAnnotation(
  blockText: string,
  side: Side,
  blockId: number,
  start: number,
  end: number,
  category: string,
  note: string,
  author: string,
  now: string,
  id: string = newAnnotationId(),
): Annotation {
  const span = describeSpan(blockText, start, end);
  return { id, side, blockId, ...span, category, note, author, created: now, modified: now, orphaned: false };
}

/** A new comment on a whole block; `now` is ISO 8601, `id` defaults to {@link newAnnotationId}. */
export function createBlockComment(blockId: number, note: string, author: string, now: string, id: string = newAnnotationId()): BlockComment {
  return { id, blockId, note, author, created: now, modified: now };
}

/**
 * A new link from annotation `from` to annotation `to` (usually source side → target side, but
 * same-side relations are allowed). `now` is ISO 8601, `id` defaults to {@link newAnnotationId}.
 */
export function createLink(
  from: Annotation,
  to: Annotation,
  category: string,
  note: string,
  author: string,
  now: string,
  id: string = newAnnotationId(),
): AnnotationLink {
  return { id, sourceId: from.id, targetId: to.id, category, note, author, created: now, modified: now };
}
