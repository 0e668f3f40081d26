import { keymap } from 'prosemirror-keymap';
import type { Command, Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { undo, redo } from 'prosemirror-history';
import { baseKeymap } from 'prosemirror-commands';
import type { ViewMode } from '../../../shared/dto.ts';
import { confirmAll, confirmSegment, focusSegment, mergeWithNextSegment, segmentAtSelection, unconfirmSegment } from './segment-commands.ts';
import { segmentNotice } from './segment-notice.ts';

/** Row-level actions the editor keymap hands back to the grid. */
export interface RowActions {
  /** After Ctrl+Enter confirmed what it should: save now and move on to the next unconfirmed row. */
  confirm(): void;
  /** Ctrl+↑ / Ctrl+↓ past the row's first / last segment: move the caret to the previous / next row. */
  move(delta: -1 | 1): void;
  /** The grid's view: by sentence (one row per segment) or by paragraph. */
  mode(): ViewMode;
}

// A key pressed while an IME composition is open belongs to the IME (choosing a candidate with
// Enter, for instance); it must never confirm a row or jump away.
function unlessComposing(action: (view: EditorView) => void): Command {
  return (_state, _dispatch, view) => {
    if (!view || view.composing) return false;
    action(view);
    return true;
  };
}

// Enter would split the segment's English; segments are split in the Chinese (Ctrl+T), so swallow it.
const swallow: Command = () => true;

function nextUnconfirmedAfter(view: EditorView, index: number): number | null {
  for (let i = index + 1; i < view.state.doc.childCount; i++) if (view.state.doc.child(i).attrs.status !== 'confirmed') return i;
  return null;
}

/**
 * Merges the segment at the caret with the next one (Ctrl+J, memoQ's "join"); says why when
 * there is none. Shared by both panes.
 */
export function mergeAtCaret(target: EditorView, index: number): void {
  if (!mergeWithNextSegment(target, index)) segmentNotice.show('noNext');
}

/**
 * The keymaps of a target editor: confirm (Ctrl+Enter: the segment at the caret in the sentence
 * view, the whole paragraph in the paragraph view; never a blank segment, which gets a notice
 * instead), confirm empty on purpose (Ctrl+Alt+Enter), unconfirm (Ctrl+Shift+Backspace), merge
 * with next (Ctrl+J / Alt+Shift+J), moves (Ctrl+↑/↓, segment by segment in the sentence view),
 * per-editor undo/redo, then ProseMirror's basics.
 */
export function targetKeymaps(actions: RowActions): Plugin[] {
  const merge = unlessComposing((view) => mergeAtCaret(view, segmentAtSelection(view.state).index));
  return [
    keymap({
      'Mod-Enter': unlessComposing((view) => {
        if (actions.mode() === 'paragraph') {
          if (confirmAll(view) === 'blank') return segmentNotice.show('emptyNotConfirmed');
          segmentNotice.show(null);
          return actions.confirm();
        }
        const { index } = segmentAtSelection(view.state);
        if (confirmSegment(view, index) === 'blank') return segmentNotice.show('emptyNotConfirmed');
        segmentNotice.show(null);
        const next = nextUnconfirmedAfter(view, index);
        if (next !== null) focusSegment(view, next);
        else actions.confirm();
      }),
      'Mod-Alt-Enter': unlessComposing((view) => {
        segmentNotice.show(null);
        if (actions.mode() === 'paragraph') {
          view.state.doc.forEach((_n, _p, i) => confirmSegment(view, i, true));
          return actions.confirm();
        }
        const { index } = segmentAtSelection(view.state);
        confirmSegment(view, index, true);
        const next = nextUnconfirmedAfter(view, index);
        if (next !== null) focusSegment(view, next);
        else actions.confirm();
      }),
      'Shift-Mod-Backspace': unlessComposing((view) => unconfirmSegment(view, actions.mode() === 'paragraph' ? 'all' : segmentAtSelection(view.state).index)),
      'Mod-j': merge,
      'Alt-Shift-j': merge,
      'Alt-Shift-J': merge,
      'Mod-ArrowUp': unlessComposing((view) => {
        const { index } = segmentAtSelection(view.state);
        if (actions.mode() === 'sentence' && index > 0) focusSegment(view, index - 1);
        else actions.move(-1);
      }),
      'Mod-ArrowDown': unlessComposing((view) => {
        const { index } = segmentAtSelection(view.state);
        if (actions.mode() === 'sentence' && index + 1 < view.state.doc.childCount) focusSegment(view, index + 1);
        else actions.move(1);
      }),
      'Mod-z': undo,
      'Mod-y': redo,
      'Shift-Mod-z': redo,
      Enter: swallow,
      'Shift-Enter': swallow,
    }),
    keymap(baseKeymap),
  ];
}
