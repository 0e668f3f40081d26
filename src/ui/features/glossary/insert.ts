import type { EditorView } from 'prosemirror-view';
import type { GlossaryState } from './glossary-state.ts';

const WORD_BEFORE = /[\p{L}\p{N}]$/u;

/**
 * Inserts `text` at the caret (replacing any selection) of an English editor and focuses it. A
 * space is added before the term when the caret sits right after a letter or digit, so inserting
 * "poverty alleviation" after "on" does not glue the words together.
 */
export function insertAtCaret(view: EditorView, text: string): void {
  const { from, to } = view.state.selection;
  const before = view.state.doc.textBetween(Math.max(0, from - 1), from);
  const insert = WORD_BEFORE.test(before) ? ` ${text}` : text;
  view.dispatch(view.state.tr.insertText(insert, from, to).scrollIntoView());
  view.focus();
}

/**
 * The Alt+n rule: the first translation of the n-th term hit (1-based, hits in source order) of a
 * block's Chinese, or undefined when there is no such hit or it has no translation.
 */
export function nthTranslation(state: GlossaryState, blockId: number, n: number): string | undefined {
  const hit = state.hits(blockId)[n - 1];
  if (!hit) return undefined;
  for (const id of hit.entryIds) {
    const first = state.entry(id)?.targets[0];
    if (first) return first;
  }
  return undefined;
}
