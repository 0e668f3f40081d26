/**
 * Renders a stretch of block text with its span annotations as properly nested inline markup.
 * Annotations may overlap; XML elements may not, so an annotation that is still open when an
 * inner one must close is split into fragments (closed and reopened around the boundary).
 */
import type { ExportAnnotation } from './model.ts';

/** How one output format writes text and annotation boundaries. */
export interface InlineDialect {
  /** Escaped text of a run (may contain characters the format must represent specially). */
  text(run: string): string;
  /** Opening markup of an annotation; `continued` is true for the second and later fragments. */
  open(annotation: ExportAnnotation, continued: boolean): string;
  /** Closing markup of an annotation fragment. */
  close(annotation: ExportAnnotation): string;
}

/**
 * Renders `text.slice(from, to)` with the annotations that touch it, clipped to the range.
 * Assumes annotation offsets are already clamped into the text (see annotationsOn). A
 * zero-length annotation is rendered as an empty element where it sits.
 */
export function renderInline(
  text: string,
  annotations: readonly ExportAnnotation[],
  dialect: InlineDialect,
  from = 0,
  to = text.length,
): string {
  const spans = annotations
    .filter((a) => (a.start < to && a.end > from) || (a.start === a.end && a.start >= from && (a.start < to || to === text.length)))
    .map((a) => ({ a, start: Math.max(a.start, from), end: Math.min(a.end, to) }))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  if (spans.length === 0) return dialect.text(text.slice(from, to));
  const points = [...new Set([from, to, ...spans.flatMap((s) => [s.start, s.end])])].sort((x, y) => x - y);
  let out = '';
  let pos = from;
  let next = 0;
  const stack: (typeof spans)[number][] = [];
  for (const p of points) {
    if (p > pos) {
      out += dialect.text(text.slice(pos, p));
      pos = p;
    }
    if (stack.some((s) => s.end === p)) {
      const reopen: typeof stack = [];
      while (stack.some((s) => s.end === p)) {
        const top = stack.pop();
        if (!top) break;
        out += dialect.close(top.a);
        if (top.end !== p) reopen.unshift(top);
      }
      for (const s of reopen) {
        out += dialect.open(s.a, true);
        stack.push(s);
      }
    }
    while (next < spans.length && spans[next]?.start === p) {
      const s = spans[next++];
      if (!s) break;
      out += dialect.open(s.a, false);
      if (s.end === p) out += dialect.close(s.a);
      else stack.push(s);
    }
  }
  return out;
}
