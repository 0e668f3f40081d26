import { Plugin, TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { QaRange } from '../../../core/qa/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import { docText } from '../editor/schema.ts';

/**
 * A target-editor plugin that reports every change of the row's English (with the new text), so
 * the QA re-checks the row being edited at once. It adds no state and no decorations.
 */
export function qaTargetPlugin(block: BlockDto, onChange: (blockId: number, text: string) => void): Plugin {
  return new Plugin({
    view: () => ({
      update(view, previous) {
        if (!view.state.doc.eq(previous.doc)) onChange(block.id, docText(view.state.doc));
      },
    }),
  });
}

/**
 * Selects `range` (UTF-16 offsets into the pane's plain text) in a row's editor and focuses it.
 * The pane is one paragraph, so text offset k is document position k + 1; offsets past the end
 * (the text changed since the check) are clamped.
 */
export function selectRange(view: EditorView, range: QaRange): void {
  const size = view.state.doc.content.size - 1; // the paragraph's content ends here
  const from = Math.min(range.start + 1, size);
  const to = Math.min(range.end + 1, size);
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
}
