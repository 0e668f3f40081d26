import type { EditorView } from 'prosemirror-view';

/** Which pane of a row a view belongs to. */
export type Pane = 'source' | 'target';

/**
 * The ProseMirror views that are mounted right now (rows are virtualised, so most blocks have
 * none). Features use it to push new decoration data into visible rows (`tr.setMeta`) and to
 * reach a row's editor (insert a term, read a selection); the grid uses it to move the caret.
 */
export class ViewRegistry {
  readonly #views = new Map<number, { source?: EditorView; target?: EditorView }>();

  /** Records (or, with null, forgets) the view of one pane of a block. */
  set(blockId: number, pane: Pane, view: EditorView | null): void {
    const entry = this.#views.get(blockId) ?? {};
    if (view) entry[pane] = view;
    else delete entry[pane];
    if (entry.source || entry.target) this.#views.set(blockId, entry);
    else this.#views.delete(blockId);
  }

  /** The mounted view of a block's pane, if the row is on screen. */
  get(blockId: number, pane: Pane): EditorView | undefined {
    return this.#views.get(blockId)?.[pane];
  }

  /** Calls `fn` for every mounted view of `pane` (or of both panes). */
  forEach(pane: Pane | 'both', fn: (view: EditorView, blockId: number, pane: Pane) => void): void {
    for (const [blockId, entry] of this.#views) {
      if (pane !== 'target' && entry.source) fn(entry.source, blockId, 'source');
      if (pane !== 'source' && entry.target) fn(entry.target, blockId, 'target');
    }
  }
}
