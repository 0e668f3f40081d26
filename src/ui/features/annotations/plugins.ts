import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Side } from '../../../core/annotate/index.ts';
import { reanchor, tagColour } from '../../../core/annotate/index.ts';
import type { MappedRange } from '../../../shared/feature-dto.ts';
import type { AnnotationState } from './annotation-state.ts';
import { highlightSet, toOffset, toPos, type Highlight } from './decorations.ts';
import type { DecorationSet } from 'prosemirror-view';

/** Meta value that tells a pane's annotation plugin to re-read the feature's state. */
export const REFRESH = 'refresh';

/** Key of the read-only Chinese pane's annotation plugin (state: its DecorationSet). */
export const sourceAnnotationKey = new PluginKey<DecorationSet>('annotations-source');

/** State of the English pane's plugin: the block's target spans as document positions. */
export interface TargetRanges {
  readonly ranges: readonly { readonly id: string; readonly from: number; readonly to: number }[];
  readonly decorations: DecorationSet;
}

/** Key of the English editor's annotation plugin. */
export const targetAnnotationKey = new PluginKey<TargetRanges>('annotations-target');

// Set by the grid's TargetEditor when the host replaced the text (replace all, undo of a batch).
const EXTERNAL_TEXT = 'duizhao-external-text';

function highlights(state: AnnotationState, spans: readonly { id: string; start: number; end: number }[]): Highlight[] {
  return spans.flatMap((span) => {
    const annotation = state.byId(span.id);
    if (!annotation) return [];
    const { category } = annotation;
    return [{ ...span, category, colour: tagColour(state.tagSet, category), hovered: state.hovered.has(span.id) }];
  });
}

/** Publishes a non-empty selection of a focused pane as the one to annotate. */
function trackSelection(view: EditorView, state: AnnotationState, blockId: number, side: Side): void {
  if (!view.hasFocus()) return;
  state.setFocusedBlock(blockId);
  const { from, to, empty } = view.state.selection;
  if (empty) return state.setSelection(null);
  const text = view.state.doc.textContent;
  const start = toOffset(from);
  const end = Math.min(text.length, toOffset(to));
  if (start >= end) return state.setSelection(null);
  state.setSelection({ blockId, side, start, end, quote: text.slice(start, end), text });
}

/**
 * Highlights of a block's Chinese (read-only, so stored offsets are always right) and selection
 * tracking. Rebuilds on a {@link REFRESH} meta pushed through the view registry.
 */
export function sourceAnnotationPlugin(blockId: number, state: AnnotationState): Plugin {
  const build = (doc: EditorState['doc']) => highlightSet(doc, highlights(state, state.placed(blockId, 'source')));
  return new Plugin<DecorationSet>({
    key: sourceAnnotationKey,
    state: {
      init: (_, editorState) => build(editorState.doc),
      apply: (tr, value, _old, next) => (tr.getMeta(sourceAnnotationKey) === REFRESH ? build(next.doc) : value.map(tr.mapping, tr.doc)),
    },
    props: { decorations: (editorState) => sourceAnnotationKey.getState(editorState) },
    view: () => ({ update: (view) => trackSelection(view, state, blockId, 'source') }),
  });
}

/** Where each placed target annotation starts in `text`: mapped before, stored, or found by quote. */
function initialRanges(state: AnnotationState, blockId: number, text: string): TargetRanges['ranges'] {
  const live = new Map((state.live.get(blockId) ?? []).map((r) => [r.id, r]));
  return state.placed(blockId, 'target').map((annotation) => {
    const mapped = live.get(annotation.id);
    if (mapped && mapped.end <= text.length) return { id: annotation.id, from: toPos(mapped.start), to: toPos(mapped.end) };
    const found = reanchor(annotation, text);
    const start = found.start ?? 0;
    return { id: annotation.id, from: toPos(start), to: toPos(found.end ?? start) };
  });
}

/** Ranges after a refresh: spans the editor already tracks keep their mapped place; new ones are read from the store. */
function refreshed(state: AnnotationState, blockId: number, current: TargetRanges['ranges'], text: string): TargetRanges['ranges'] {
  const known = new Map(current.map((r) => [r.id, r]));
  return state.placed(blockId, 'target').map((annotation) => {
    const mine = known.get(annotation.id);
    // A collapsed range lost its text; if the store has the span again (re-attached), take that.
    if (mine && mine.from < mine.to) return mine;
    const found = reanchor(annotation, text);
    const start = found.start ?? 0;
    return { id: annotation.id, from: toPos(start), to: toPos(found.end ?? start) };
  });
}

function mapRanges(tr: Transaction, ranges: TargetRanges['ranges'], state: AnnotationState, text: string): TargetRanges['ranges'] {
  if (tr.getMeta(EXTERNAL_TEXT)) {
    // The whole text was replaced from outside: mapping would collapse everything, so find each span again by its quote.
    return ranges.map((range) => {
      const annotation = state.byId(range.id);
      const found = annotation ? reanchor(annotation, text) : { status: 'orphaned' as const };
      const start = found.start ?? 0;
      return { id: range.id, from: toPos(start), to: toPos(found.end ?? start) };
    });
  }
  // Text typed at either edge stays outside the span (start sticks right, end sticks left).
  return ranges.map((range) => {
    const from = tr.mapping.map(range.from, 1);
    return { id: range.id, from, to: Math.max(from, tr.mapping.map(range.to, -1)) };
  });
}

/** The ranges of a plugin state as text offsets, for the host. */
export function toMappedRanges(value: TargetRanges): MappedRange[] {
  return value.ranges.map((r) => ({ id: r.id, start: toOffset(r.from), end: toOffset(r.to) }));
}

/**
 * The English editor's annotation plugin: holds the block's target spans as positions and maps
 * them through every transaction, so highlights follow the text while typing. After each change
 * it records the ranges (text offsets) in the feature state, from where the save queue sends them
 * to the host with the text they belong to. Also tracks the selection for annotating.
 */
export function targetAnnotationPlugin(blockId: number, state: AnnotationState): Plugin {
  const decorate = (doc: EditorState['doc'], ranges: TargetRanges['ranges']): DecorationSet =>
    highlightSet(doc, highlights(state, ranges.map((r) => ({ id: r.id, start: toOffset(r.from), end: toOffset(r.to) }))));
  return new Plugin<TargetRanges>({
    key: targetAnnotationKey,
    state: {
      init: (_, editorState) => {
        const ranges = initialRanges(state, blockId, editorState.doc.textContent);
        return { ranges, decorations: decorate(editorState.doc, ranges) };
      },
      apply: (tr, value, _old, next) => {
        const refresh = tr.getMeta(targetAnnotationKey) === REFRESH;
        if (!refresh && !tr.docChanged) return value;
        const text = next.doc.textContent;
        let ranges = tr.docChanged ? mapRanges(tr, value.ranges, state, text) : value.ranges;
        if (refresh) ranges = refreshed(state, blockId, ranges, text);
        return { ranges, decorations: decorate(next.doc, ranges) };
      },
    },
    props: { decorations: (editorState) => targetAnnotationKey.getState(editorState)?.decorations },
    view: (view) => {
      const publish = (): void => {
        const value = targetAnnotationKey.getState(view.state);
        if (value) state.setLive(blockId, toMappedRanges(value));
      };
      publish();
      return {
        update: (updated, previous) => {
          if (targetAnnotationKey.getState(updated.state) !== targetAnnotationKey.getState(previous)) publish();
          trackSelection(updated, state, blockId, 'target');
        },
      };
    },
  });
}
