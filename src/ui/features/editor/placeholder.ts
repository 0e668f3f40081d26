import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';

const key = new PluginKey<string>('placeholder');

/**
 * Shows `text` in an empty editor (a node decoration the CSS turns into a grey hint), so an
 * untranslated row says what it is for. A decoration, so the hint is never part of the text. The
 * text lives in plugin state so a UI language switch can change it in mounted editors.
 */
export function placeholderPlugin(text: string): Plugin<string> {
  return new Plugin<string>({
    key,
    state: {
      init: () => text,
      apply: (tr, value) => (tr.getMeta(key) as string | undefined) ?? value,
    },
    props: {
      decorations(state: EditorState) {
        const { doc } = state;
        const first = doc.firstChild;
        if (doc.childCount !== 1 || !first || first.content.size > 0) return null;
        return DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, { class: 'is-empty', 'data-placeholder': key.getState(state) ?? text })]);
      },
    },
  });
}

/** Changes the hint of a mounted editor (after a UI language switch); no-op when it is unchanged. */
export function setPlaceholder(view: EditorView, text: string): void {
  const current = key.getState(view.state);
  if (current === undefined || current === text) return;
  view.dispatch(view.state.tr.setMeta(key, text).setMeta('addToHistory', false));
}
