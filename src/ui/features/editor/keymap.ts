import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import { undo, redo } from 'prosemirror-history';
import { baseKeymap } from 'prosemirror-commands';

/** Row-level actions the editor keymap hands back to the grid. */
export interface RowActions {
  /** Ctrl+Enter: confirm this row and move on to the next unconfirmed one. */
  confirm(): void;
  /** Ctrl+↑ / Ctrl+↓: move the caret to the previous / next row. */
  move(delta: -1 | 1): void;
}

// A key pressed while an IME composition is open belongs to the IME (choosing a candidate with
// Enter, for instance); it must never confirm a row or jump away.
function unlessComposing(action: () => void): Command {
  return (_state, _dispatch, view) => {
    if (view?.composing) return false;
    action();
    return true;
  };
}

// Enter would split the paragraph; a row's English is a single paragraph, so swallow it.
const swallow: Command = () => true;

/** The keymaps of a target editor: row actions, per-editor undo/redo, then ProseMirror's basics. */
export function targetKeymaps(actions: RowActions): Plugin[] {
  return [
    keymap({
      'Mod-Enter': unlessComposing(() => actions.confirm()),
      'Mod-ArrowUp': unlessComposing(() => actions.move(-1)),
      'Mod-ArrowDown': unlessComposing(() => actions.move(1)),
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo,
      Enter: swallow,
      'Shift-Enter': swallow,
    }),
    keymap(baseKeymap),
  ];
}
