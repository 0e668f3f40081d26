/** Keyword-in-context lines for concordance hits, with hit offsets in code points of the original text. */
import { foldForMatch, foldWithOrigin } from '../text/match-fold.ts';
import { unitToCodePoint } from '../text/codepoints.ts';

/** The hits of a query in one text: `[start, end)` code-point ranges of the original text. */
export interface KwicLine {
  readonly text: string;
  readonly hits: readonly (readonly [number, number])[];
}

/**
 * Finds every occurrence of `query` in `text` the way concordance matches (folded: width, case,
 * whitespace ignored) and maps it back to the original text, so "驻村 工作队" is highlighted in
 * "驻村工作队" and a full-width `２０２３` is found by `2023`.
 */
export function keywordInContext(text: string, query: string): KwicLine {
  const q = foldForMatch(query);
  const folded = foldWithOrigin(text);
  const hits: [number, number][] = [];
  if (q.length === 0) return { text, hits };
  for (let at = folded.text.indexOf(q); at >= 0; at = folded.text.indexOf(q, at + q.length)) {
    const start = folded.origin[at]!;
    const end = folded.origin[at + q.length - 1]! + 1;
    hits.push([unitToCodePoint(text, start), unitToCodePoint(text, end)]);
  }
  return { text, hits };
}
