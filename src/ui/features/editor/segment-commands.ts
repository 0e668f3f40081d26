import { Plugin, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { isHistoryTransaction } from 'prosemirror-history';
import type { BlockStatus } from '../../../core/model/index.ts';
import { derivedStatus, editedStatus, isBlankTarget } from '../../../core/segments/join.ts';
import { textSchema, type SegmentAttrs } from './schema.ts';

/** The index and document position of the segment holding the selection head. */
export function segmentAtSelection(state: EditorState): { index: number; pos: number } {
  const $head = state.selection.$head;
  const index = Math.min($head.index(0), state.doc.childCount - 1);
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return { index, pos };
}

/** The document position of segment `index` (before its node). */
export function segmentPos(state: EditorState, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += state.doc.child(i).nodeSize;
  return pos;
}

function withStatus(tr: Transaction, state: EditorState, index: number, status: BlockStatus): Transaction {
  const pos = segmentPos(state, index);
  const node = state.doc.child(index);
  return tr.setNodeMarkup(pos, null, { ...node.attrs, status });
}

/** Result of {@link confirmSegment}: done, or refused because the segment's English is blank. */
export type ConfirmResult = 'confirmed' | 'blank';

/**
 * Confirms segment `index` (one undoable step). A blank segment is NOT confirmed (returns
 * 'blank' so the caller says why) unless `allowEmpty` (the deliberate "confirm empty").
 */
export function confirmSegment(view: EditorView, index: number, allowEmpty = false): ConfirmResult {
  const node = view.state.doc.child(index);
  if (!allowEmpty && isBlankTarget(node.textContent)) return 'blank';
  if (node.attrs.status !== 'confirmed') view.dispatch(withStatus(view.state.tr, view.state, index, 'confirmed'));
  return 'confirmed';
}

/** Confirms every segment (the paragraph view's Ctrl+Enter); refuses when the whole paragraph is blank. */
export function confirmAll(view: EditorView): ConfirmResult {
  const { state } = view;
  if (isBlankTarget(state.doc.textContent)) return 'blank';
  let tr = state.tr;
  state.doc.forEach((node, pos) => {
    if (node.attrs.status !== 'confirmed') tr = tr.setNodeMarkup(pos, null, { ...node.attrs, status: 'confirmed' });
  });
  if (tr.docChanged) view.dispatch(tr);
  return 'confirmed';
}

/** Un-confirms segment `index` (or every segment with `all`): back to draft, or new when blank. */
export function unconfirmSegment(view: EditorView, index: number | 'all'): void {
  const { state } = view;
  let tr = state.tr;
  state.doc.forEach((node, pos, i) => {
    if ((index === 'all' || i === index) && node.attrs.status === 'confirmed') tr = tr.setNodeMarkup(pos, null, { ...node.attrs, status: editedStatus(node.textContent) });
  });
  if (tr.docChanged) view.dispatch(tr);
}

/**
 * Splits the segment that holds source offset `at` (UTF-16 into the block's Chinese), one
 * undoable step in the English editor: the first part keeps the English, id and status; the new
 * second part is empty and new. Returns false when `at` is at a segment edge (nothing to split)
 * or would cut a surrogate pair.
 */
export function splitSegmentAt(view: EditorView, at: number, source: string): boolean {
  const { state } = view;
  const low = source.charCodeAt(at);
  if (low >= 0xdc00 && low <= 0xdfff) return false;
  let done = false;
  state.doc.forEach((node, pos) => {
    if (done) return;
    const attrs = node.attrs as SegmentAttrs;
    if (at <= attrs.start || at >= attrs.end) return;
    const second = textSchema.nodes.seg!.create({ id: null, start: at, end: attrs.end, status: 'new', origin: 'typed' });
    const tr = state.tr.setNodeMarkup(pos, null, { ...attrs, end: at }).insert(pos + node.nodeSize, second);
    view.dispatch(tr);
    done = true;
  });
  return done;
}

/**
 * Merges segment `index` with the next one, one undoable step: their Chinese ranges join, the
 * English is joined by a space (when both have some) by inserting that space and joining the two
 * nodes, so English annotation ranges map through unchanged. Returns false for the last segment.
 */
export function mergeWithNextSegment(view: EditorView, index: number): boolean {
  const { state } = view;
  if (index + 1 >= state.doc.childCount) return false;
  const a = state.doc.child(index);
  const b = state.doc.child(index + 1);
  const posA = segmentPos(state, index);
  let tr = state.tr;
  let boundary = posA + a.nodeSize;
  if (a.content.size > 0 && b.content.size > 0) {
    tr = tr.insertText(' ', posA + 1 + a.content.size);
    boundary += 1;
  }
  tr = tr.join(boundary);
  const aAttrs = a.attrs as SegmentAttrs;
  const bAttrs = b.attrs as SegmentAttrs;
  tr = tr.setNodeMarkup(posA, null, {
    ...aAttrs,
    id: aAttrs.id ?? bAttrs.id,
    end: bAttrs.end,
    status: derivedStatus([aAttrs.status, bAttrs.status]),
    origin: aAttrs.origin === bAttrs.origin ? aAttrs.origin : 'typed',
  });
  view.dispatch(tr.setMeta(MERGE_META, true));
  return true;
}

const MERGE_META = 'duizhao-segment-merge';

/**
 * Keeps segment statuses honest while typing, in the same history event as the typing (an
 * appended transaction), so undoing back to the confirmed text restores `confirmed`: a segment
 * whose English changed leaves `confirmed` (to draft, or new when blank), a new one that got
 * text becomes draft, a draft emptied becomes new.
 */
export function segmentStatusPlugin(): Plugin {
  return new Plugin({
    appendTransaction(trs, oldState, newState) {
      // Undo and redo restore statuses with the text (they were recorded together); leave them be.
      if (!trs.some((tr) => tr.docChanged) || trs.some((tr) => tr.getMeta(MERGE_META) || tr.getMeta('duizhao-external-text') || isHistoryTransaction(tr))) return null;
      if (oldState.doc.childCount !== newState.doc.childCount) return null; // split or merge: statuses set by the command
      let tr: Transaction | null = null;
      newState.doc.forEach((node, pos, i) => {
        const before = oldState.doc.child(i);
        if (before.textContent === node.textContent) return;
        const text = node.textContent;
        const status = node.attrs.status as BlockStatus;
        const next: BlockStatus = status === 'confirmed' || status === 'new' || isBlankTarget(text) ? editedStatus(text) : status;
        if (next !== status) tr = (tr ?? newState.tr).setNodeMarkup(pos, null, { ...node.attrs, status: next });
      });
      return tr;
    },
  });
}

/** Puts the caret at the end of segment `index` and focuses the view. */
export function focusSegment(view: EditorView, index: number): void {
  const i = Math.max(0, Math.min(index, view.state.doc.childCount - 1));
  const pos = segmentPos(view.state, i) + 1 + view.state.doc.child(i).content.size;
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)).scrollIntoView());
}
