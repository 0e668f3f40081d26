import { useEffect, useLayoutEffect, useRef } from 'react';
import { EditorState, TextSelection, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { segmentDoc, segmentsOf, toOffset, toPos } from './schema.ts';

/** Props of {@link SourceView}. */
export interface SourceViewProps {
  readonly blockId: number;
  readonly text: string;
  /** The segments' ranges of the Chinese (UTF-16), as the row's English editor holds them. */
  readonly ranges: readonly { readonly start: number; readonly end: number }[];
  readonly heading: boolean;
  readonly plugins: readonly Plugin[];
  readonly registerView: (view: EditorView | null) => void;
}

/** The Chinese pane's document: one segment node per range, holding that slice of the source. */
export function sourceDoc(text: string, ranges: readonly { readonly start: number; readonly end: number }[]): PMNode {
  const list = ranges.length > 0 ? ranges : [{ start: 0, end: text.length }];
  return segmentDoc(
    list.map((r) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) })),
    '',
  );
}

const sameRanges = (doc: PMNode, ranges: readonly { readonly start: number; readonly end: number }[]): boolean => {
  const mine = segmentsOf(doc);
  return mine.length === Math.max(1, ranges.length) && ranges.every((r, i) => mine[i]!.start === r.start && mine[i]!.end === r.end);
};

/**
 * A block's Chinese as a read-only ProseMirror view, so glossary hits, annotations and search hits
 * are decorations (derived, never written into the text) and selections map to text offsets.
 * The text is selectable and copyable but not editable. Its segments follow the English
 * editor's (a split or merge there rebuilds this document, keeping the caret's text offset).
 */
export function SourceView({ blockId, text, ranges, heading, plugins, registerView }: SourceViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef({ plugins, registerView, text, ranges });
  latest.current = { plugins, registerView, text, ranges };

  useEffect(() => {
    const view = new EditorView(host.current!, {
      state: EditorState.create({ doc: sourceDoc(latest.current.text, latest.current.ranges), plugins: [...latest.current.plugins] }),
      editable: () => false,
      attributes: { lang: 'zh-Hans', class: 'source-view', tabindex: '0' },
    });
    viewRef.current = view;
    latest.current.registerView(view);
    return () => {
      viewRef.current = null;
      latest.current.registerView(null);
      view.destroy();
    };
  }, [blockId]);

  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view || sameRanges(view.state.doc, ranges)) return;
    const caret = toOffset(view.state.doc, view.state.selection.head);
    const doc = sourceDoc(text, ranges);
    // A fresh state: every plugin (term hits, annotations, sentences) rebuilds on the new structure.
    let state = EditorState.create({ doc, plugins: view.state.plugins });
    state = state.apply(state.tr.setSelection(TextSelection.create(doc, toPos(doc, caret))));
    view.updateState(state);
  }, [ranges, text]);

  return <div ref={host} className="source" lang="zh-Hans" role={heading ? 'heading' : undefined} aria-level={heading ? 2 : undefined} />;
}
