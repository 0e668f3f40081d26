import type { Annotation, Side } from '../../../core/annotate/index.ts';

/** The panel's filters; empty strings mean "any". */
export interface AnnotationFilter {
  readonly category: string;
  readonly side: Side | '';
  readonly author: string;
  /** Case-insensitive text searched in the note (and the quote). */
  readonly search: string;
}

/** No filtering. */
export const NO_FILTER: AnnotationFilter = { category: '', side: '', author: '', search: '' };

/** Whether `annotation` passes `filter`. */
export function matchesFilter(annotation: Annotation, filter: AnnotationFilter): boolean {
  if (filter.category && annotation.category !== filter.category) return false;
  if (filter.side && annotation.side !== filter.side) return false;
  if (filter.author && annotation.author !== filter.author) return false;
  const needle = filter.search.trim().toLowerCase();
  if (needle && !annotation.note.toLowerCase().includes(needle) && !annotation.quote.toLowerCase().includes(needle)) return false;
  return true;
}

/**
 * Annotations in reading order: by the block's position (`order`: block id → row index; unknown
 * blocks last), source before target, then by start offset.
 */
export function inReadingOrder(annotations: readonly Annotation[], order: ReadonlyMap<number, number>): Annotation[] {
  const row = (a: Annotation): number => order.get(a.blockId) ?? Number.MAX_SAFE_INTEGER;
  return [...annotations].sort((a, b) => row(a) - row(b) || (a.side === b.side ? 0 : a.side === 'source' ? -1 : 1) || a.start - b.start);
}
