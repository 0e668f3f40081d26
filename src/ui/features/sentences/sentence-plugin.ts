import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';

/** A sentence as a UTF-16 range of the block's source (BlockDto.sentences). */
export interface SentenceRange {
  readonly start: number;
  readonly end: number;
}

/** Class of the last character of every sentence but the block's last one. */
export const SENTENCE_END_CLASS = 'sentence-end';

const isSpace = (ch: string): boolean => /\s|\u3000/u.test(ch);

/**
 * The text ranges to mark, one per sentence boundary: the last visible character of each
 * sentence except the last (trailing whitespace skipped; a surrogate pair kept whole). Marking a
 * character, rather than inserting a widget, keeps the text untouched and works in the static
 * rows, which render inline decorations only. Spans outside `text` are ignored.
 */
export function boundaryMarks(text: string, sentences: readonly SentenceRange[]): { from: number; to: number }[] {
  const marks: { from: number; to: number }[] = [];
  for (const sentence of sentences.slice(0, -1)) {
    if (sentence.start < 0 || sentence.end > text.length || sentence.end <= sentence.start) continue;
    let to = sentence.end;
    while (to > sentence.start && isSpace(text[to - 1] ?? '')) to--;
    if (to === sentence.start) continue;
    const low = text.charCodeAt(to - 1);
    const from = low >= 0xdc00 && low <= 0xdfff && to - 2 >= sentence.start ? to - 2 : to - 1;
    marks.push({ from, to });
  }
  return marks;
}

const sentenceKey = new PluginKey<DecorationSet>('duizhao-sentences');

// Text offsets are +1 in the document: doc > paragraph > text.
function decorate(doc: PMNode, sentences: readonly SentenceRange[]): DecorationSet {
  const marks = boundaryMarks(doc.textContent, sentences);
  if (marks.length === 0) return DecorationSet.empty;
  return DecorationSet.create(
    doc,
    marks.map((m) => Decoration.inline(m.from + 1, m.to + 1, { class: SENTENCE_END_CLASS })),
  );
}

/**
 * Faint sentence boundaries in a block's read-only Chinese view, from the sentences stored with
 * the block. Computed once when the row mounts (the source never changes); O(sentences).
 */
export function sentencePlugin(sentences: readonly SentenceRange[]): Plugin {
  return new Plugin({
    key: sentenceKey,
    state: {
      init: (_config, state) => decorate(state.doc, sentences),
      apply: (tr, set) => (tr.docChanged ? set.map(tr.mapping, tr.doc) : set),
    },
    props: {
      decorations: (state) => sentenceKey.getState(state),
    },
  });
}
