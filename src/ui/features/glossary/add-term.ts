import type { ViewRegistry } from '../editor/view-registry.ts';
import type { DialogDraft } from './glossary-state.ts';

/** A selection in one row's Chinese, remembered so a toolbar click (which moves focus) still has it. */
export interface SourceSelection {
  readonly blockId: number;
  readonly text: string;
}

/** The row's Chinese the current DOM selection lies in, with the selected text, if any. */
export function sourceSelection(registry: ViewRegistry, selection: Selection | null): SourceSelection | null {
  if (!selection || selection.isCollapsed || !selection.anchorNode) return null;
  const text = selection.toString().trim();
  if (text === '') return null;
  let found: SourceSelection | null = null;
  registry.forEach('source', (view, blockId) => {
    if (!found && view.dom.contains(selection.anchorNode) && view.dom.contains(selection.focusNode)) found = { blockId, text };
  });
  return found;
}

/**
 * The add-term dialog's starting values for a source selection: the Chinese, and the English
 * selected in the same row's editor (its ProseMirror selection survives losing focus), if any.
 */
export function draftFromSelection(registry: ViewRegistry, selected: SourceSelection | null): DialogDraft {
  if (!selected) return {};
  const target = registry.get(selected.blockId, 'target');
  const english = target && !target.state.selection.empty ? target.state.doc.textBetween(target.state.selection.from, target.state.selection.to).trim() : '';
  return { source: selected.text, ...(english ? { targets: [english] } : {}) };
}

/**
 * The add-term dialog's starting values when English is selected in a row's editor (memoQ's
 * Ctrl+E habit): that English as the translation, and the Chinese selected in the same row's
 * source (its ProseMirror selection survives losing focus), if any. Null when the DOM selection
 * is not a non-empty range inside one English editor.
 */
export function draftFromTargetSelection(registry: ViewRegistry, selection: Selection | null): DialogDraft | null {
  if (!selection || selection.isCollapsed || !selection.anchorNode) return null;
  const english = selection.toString().trim();
  if (english === '') return null;
  let draft: DialogDraft | null = null;
  registry.forEach('target', (view, blockId) => {
    if (draft || !view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return;
    const source = registry.get(blockId, 'source');
    const chinese = source && !source.state.selection.empty ? source.state.doc.textBetween(source.state.selection.from, source.state.selection.to).trim() : '';
    draft = { ...(chinese ? { source: chinese } : {}), targets: [english] };
  });
  return draft;
}
