import { codePointLength } from '../text/codepoints.ts';
import type { TermHit } from './model.ts';

/** A {@link TermHit} whose offsets are Unicode code points (for exports, annotations, the CLI). */
export interface CodePointTermHit {
  readonly start: number;
  readonly end: number;
  readonly entryIds: readonly string[];
}

/**
 * Converts hits from UTF-16 offsets to code-point offsets in one pass over `text`. Assumes the
 * hits come from `findTerms(text)`: sorted and non-overlapping, never inside a surrogate pair.
 */
export function toCodePointHits(text: string, hits: readonly TermHit[]): CodePointTermHit[] {
  const out: CodePointTermHit[] = [];
  let unit = 0;
  let point = 0;
  for (const hit of hits) {
    point += codePointLength(text.slice(unit, hit.start));
    const start = point;
    point += codePointLength(text.slice(hit.start, hit.end));
    unit = hit.end;
    out.push({ start, end: point, entryIds: hit.entryIds });
  }
  return out;
}
