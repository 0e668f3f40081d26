import type { Node as PMNode } from 'prosemirror-model';
import { Decoration, DecorationSet } from 'prosemirror-view';

/** One highlight in a pane: text offsets (UTF-16) and how to paint it. */
export interface Highlight {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly colour: string;
  readonly category: string;
  readonly hovered: boolean;
}

// The pane's doc is one paragraph, so text offset n is document position n + 1.
const TEXT_START = 1;

/** Alpha appended to a tag colour: overlapping highlights are nested spans, so their colours mix. */
export const HIGHLIGHT_ALPHA = 'a6';

/**
 * Inline decorations for highlights on a one-paragraph document. Empty or out-of-range spans are
 * skipped (a collapsed target span is shown in the panel, not in the text). Each span carries
 * `data-annotation-id` so tests and hover handlers can find it.
 */
export function highlightSet(doc: PMNode, highlights: readonly Highlight[]): DecorationSet {
  const size = doc.content.size - 2; // text length inside the paragraph
  const decorations = highlights
    .filter((h) => h.start < h.end && h.start >= 0 && h.end <= size)
    .map((h) =>
      Decoration.inline(
        h.start + TEXT_START,
        h.end + TEXT_START,
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

/** Text offset ↔ document position for the one-paragraph panes. */
export const toPos = (offset: number): number => offset + TEXT_START;
/** Document position → text offset (clamped at 0). */
export const toOffset = (pos: number): number => Math.max(0, pos - TEXT_START);
