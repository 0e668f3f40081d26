import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';

const key = new PluginKey<string>('placeholder');

/**
 * Shows `text` in each empty segment of an editor (a node decoration the CSS turns into a grey hint), so an
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
        // Every empty segment shows the hint (one row each in the sentence view; the paragraph
        // view's CSS shows it only when the whole paragraph is empty).
        const { doc } = state;
        const hint = key.getState(state) ?? text;
        const found: Decoration[] = [];
        doc.forEach((node, pos) => {
          if (node.content.size === 0) found.push(Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': hint }));
        });
        return found.length > 0 ? DecorationSet.create(doc, found) : null;
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
