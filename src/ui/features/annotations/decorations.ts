import type { Node as PMNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { docText, toOffset as offsetOf, toPos as posOf } from '../editor/schema.ts';

/** One highlight in a pane: text offsets (UTF-16) and how to paint it. */
export interface Highlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly colour: string;
  readonly category: string;
  readonly hovered: boolean;
}


/** Alpha appended to a tag colour: overlapping highlights are nested spans, so their colours mix. */
export const HIGHLIGHT_ALPHA = 'a6';

/**
 * Inline decorations for highlights on a one-paragraph document. Empty or out-of-range spans are
 * skipped (a collapsed target span is shown in the panel, not in the text). Each span carries
 * `data-annotation-id` so tests and hover handlers can find it.
 */
export function highlightSet(doc: PMNode, highlights: readonly Highlight[]): DecorationSet {
  const size = docText(doc).length; // block text length (segments joined)
  const decorations = highlights
    .filter((h) => h.start < h.end && h.start >= 0 && h.end <= size)
    .map((h) =>
      Decoration.inline(
        posOf(doc, h.start),
        posOf(doc, h.end),
        {
          class: h.hovered ? 'annotation-hl annotation-hovered' : 'annotation-hl',
          style: `background-color: ${h.colour}${HIGHLIGHT_ALPHA}`,
          'data-annotation-id': h.id,
          'data-category': h.category,
          title: h.category,
        },
        { id: h.id },
      ),
    );
  return DecorationSet.create(doc, decorations);
}

/** Block-text offset → document position in a pane's segment document. */
export const toPos = (doc: PMNode, offset: number): number => posOf(doc, offset);
/** Document position → block-text offset (segments joined; see editor/schema.ts). */
export const toOffset = (doc: PMNode, pos: number): number => offsetOf(doc, pos);
