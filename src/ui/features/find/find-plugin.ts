import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { docText } from '../editor/schema.ts';
import { findInText, type Matcher } from './matcher.ts';

/** What a row's view highlights: the search (null: nothing) and the current hit's text offsets. */
export interface FindView {
  readonly matcher: Matcher | null;
  readonly current: { readonly from: number; readonly to: number } | null;
}

/** Key of the find plugin; push a new {@link FindView} with `tr.setMeta(findKey, view)`. */
export const findKey = new PluginKey<{ find: FindView; decorations: DecorationSet }>('duizhao-find');

// Text offsets are +1 in the document: doc > paragraph > text.
function decorate(doc: PMNode, find: FindView): DecorationSet {
  if (!find.matcher) return DecorationSet.empty;
  const hits = findInText(docText(doc), find.matcher).map((m) => {
    const current = find.current?.from === m.from && find.current.to === m.to;
    return Decoration.inline(m.from + 1, m.to + 1, { class: current ? 'find-hit find-hit-current' : 'find-hit' });
  });
  return DecorationSet.create(doc, hits);
}

/**
 * Search-hit highlighting for one pane of one row, as decorations (never in the text). Starts
 * from `initial` (the search when the row mounts), follows pushed {@link FindView}s, and re-runs
 * the search on its own text when the text changes, so typing keeps highlights exact (O(row)).
 */
export function findPlugin(initial: FindView): Plugin {
  return new Plugin({
    key: findKey,
    state: {
      init: (_config, state) => ({ find: initial, decorations: decorate(state.doc, initial) }),
      apply(tr, value, _old, state) {
        const pushed = tr.getMeta(findKey) as FindView | undefined;
        if (pushed) return { find: pushed, decorations: decorate(state.doc, pushed) };
        if (!tr.docChanged) return value;
        const find = { ...value.find, current: null };
        return { find, decorations: decorate(state.doc, find) };
      },
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations,
    },
  });
}
