import { keydownHandler } from 'prosemirror-keymap';
import { Plugin, type Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undo, redo } from 'prosemirror-history';
import { toOffset } from './schema.ts';
import { splitSegmentAt, segmentAtSelection } from './segment-commands.ts';
import { segmentNotice } from './segment-notice.ts';
import { mergeAtCaret } from './keymap.ts';

/**
 * Keys of a row's read-only Chinese view: split the segment at the caret (Ctrl+T as in memoQ,
 * Alt+Shift+S where the browser keeps Ctrl+T for itself), merge with next (Ctrl+J / Alt+Shift+J),
 * and undo/redo, which act on the row's English editor, where segmentation changes are
 * recorded. `target()` gives the mounted English editor of the row (mounted with the source).
 */
export function sourceSegmentKeymap(source: string, target: () => EditorView | undefined): Plugin {
  const withTarget =
    (run: (view: EditorView, targetView: EditorView) => void): Command =>
    (_state, _dispatch, view) => {
      const targetView = target();
      if (!view || !targetView || view.composing) return false;
      run(view, targetView);
      return true;
    };
  const split = withTarget((view, targetView) => {
    const at = toOffset(view.state.doc, view.state.selection.head);
    if (!splitSegmentAt(targetView, at, source)) segmentNotice.show('splitHere');
    else segmentNotice.show(null);
  });
  const merge = withTarget((view, targetView) => mergeAtCaret(targetView, segmentAtSelection(view.state).index));
  const history = (command: Command) => withTarget((_view, targetView) => void command(targetView.state, targetView.dispatch));
  const handle = keydownHandler({
    'Mod-t': split,
    'Alt-Shift-s': split,
    'Alt-Shift-S': split,
    'Mod-j': merge,
    'Alt-Shift-j': merge,
    'Alt-Shift-J': merge,
    'Mod-z': history(undo),
    'Mod-y': history(redo),
    'Shift-Mod-z': history(redo),
  });
  // The view is read-only, and ProseMirror runs keymaps (handleKeyDown) only for editable views;
  // DOM event handlers run for every view, so the bindings are hooked in there.
  return new Plugin({
    props: {
      handleDOMEvents: {
        keydown: (view, event) => {
          if (!handle(view, event)) return false;
          event.preventDefault();
          return true;
        },
      },
    },
  });
}
