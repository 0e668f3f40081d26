import { useEffect, useLayoutEffect, useRef } from 'react';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history } from 'prosemirror-history';
import type { Node as PMNode } from 'prosemirror-model';
import { docText, segmentDoc, segmentsOf } from './schema.ts';
import { targetKeymaps, type RowActions } from './keymap.ts';
import { placeholderPlugin, setPlaceholder } from './placeholder.ts';
import { segmentStatusPlugin } from './segment-commands.ts';
import type { SegmentDto } from '../../../shared/dto.ts';

/** Props of {@link TargetEditor}. Callbacks may change identity between renders. */
export interface TargetEditorProps {
  readonly blockId: number;
  /** The block's segments as the grid knows them (host state plus what was typed). */
  readonly segments: readonly SegmentDto[];
  readonly label: string;
  readonly placeholder: string;
  /** Called after every change of text, status or segmentation, with the document. */
  readonly onDoc: (doc: PMNode) => void;
  readonly onBlur: () => void;
  readonly actions: RowActions;
  /** Feature plugins (glossary keys, annotation ranges…), read when the editor is created. */
  readonly plugins: readonly Plugin[];
  /** Receives the view when mounted and null when unmounted, so the grid can focus rows. */
  readonly registerView: (view: EditorView | null) => void;
  /**
   * Editor states of rows that scrolled out of the virtualised grid, by block: kept so a row's
   * undo history (and caret) survives scrolling away and back.
   */
  readonly kept: Map<number, EditorState>;
}

/**
 * Meta key marking a transaction that brings in text changed outside the editor (replace all,
 * undo of a batch, ids assigned by a save): already saved, so never reported as an edit nor undoable.
 */
export const EXTERNAL = 'duizhao-external-text';

/** The editor document for a block's segments. */
export function docOfSegments(segments: readonly SegmentDto[]): PMNode {
  return segmentDoc(
    segments.map((s) => ({ id: s.id < 0 ? null : s.id, start: s.start, end: s.end, status: s.status, origin: s.origin, text: s.target })),
    ' ',
  );
}

/** Whether a document holds exactly these segments (ids aside: a split's new part gets one on save). */
export function sameSegments(doc: PMNode, segments: readonly SegmentDto[]): boolean {
  const mine = segmentsOf(doc);
  return (
    mine.length === segments.length &&
    mine.every((m, i) => {
      const s = segments[i]!;
      return m.start === s.start && m.end === s.end && m.text === s.target && m.status === s.status;
    })
  );
}

/**
 * One row's English editor: a ProseMirror view over the block's segments with its own undo
 * history (typing, confirming, splitting and merging are all steps of it). The view owns the
 * segments while mounted; the grid learns of changes through `onDoc`. When `segments` change to
 * something other than the editor's (the host changed the block), the document is replaced
 * without a save and without an undo step. On unmount the state is kept in `kept`.
 */
export function TargetEditor(props: TargetEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const actions: RowActions = {
      confirm: () => latest.current.actions.confirm(),
      move: (delta) => latest.current.actions.move(delta),
      mode: () => latest.current.actions.mode(),
    };
    const plugins = [...latest.current.plugins, placeholderPlugin(latest.current.placeholder), history(), segmentStatusPlugin(), ...targetKeymaps(actions)];
    const kept = latest.current.kept.get(latest.current.blockId);
    // A kept state keeps its history (plugin states are carried over by key); fresh feature plugins re-initialise.
    const state = kept ? kept.reconfigure({ plugins }) : EditorState.create({ doc: docOfSegments(latest.current.segments), plugins });
    const view = new EditorView(host.current!, {
      state,
      attributes: {
        lang: 'en',
        spellcheck: 'true',
        role: 'textbox',
        'aria-multiline': 'false',
        'aria-label': latest.current.label,
        class: 'target-editor',
      },
      dispatchTransaction(tr) {
        const next = view.state.apply(tr);
        view.updateState(next);
        if (tr.docChanged && !tr.getMeta(EXTERNAL)) latest.current.onDoc(next.doc);
      },
      handleDOMEvents: {
        blur: () => {
          latest.current.onBlur();
          return false;
        },
      },
    });
    viewRef.current = view;
    latest.current.registerView(view);
    return () => {
      latest.current.kept.set(latest.current.blockId, view.state);
      viewRef.current = null;
      latest.current.registerView(null);
      view.destroy();
    };
    // The view is created once per block; later text arrives through the view itself.
  }, [props.blockId]);

  // A layout effect runs in the same task as the render that read `segments`; a passive effect
  // may run a frame later, after more keystrokes, and would then replace them with stale text.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view || sameSegments(view.state.doc, props.segments)) return;
    const doc = docOfSegments(props.segments);
    if (docText(doc) === docText(view.state.doc) && segmentsOf(doc).length === view.state.doc.childCount) {
      // Only ids or statuses differ (a save assigned ids): patch attributes, keep the history.
      let tr = view.state.tr;
      doc.forEach((node, pos) => {
        const current = view.state.doc.nodeAt(pos);
        if (current && (current.attrs.id !== node.attrs.id || current.attrs.status !== node.attrs.status)) tr = tr.setNodeMarkup(pos, null, { ...current.attrs, id: node.attrs.id, status: node.attrs.status });
      });
      if (tr.docChanged) view.dispatch(tr.setMeta(EXTERNAL, true).setMeta('addToHistory', false));
      return;
    }
    const tr = view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content);
    view.dispatch(tr.setMeta(EXTERNAL, true).setMeta('addToHistory', false));
  }, [props.segments]);

  useEffect(() => {
    if (viewRef.current) setPlaceholder(viewRef.current, props.placeholder);
  }, [props.placeholder]);

  return <div ref={host} className="target-host" data-block-id={props.blockId} />;
}
