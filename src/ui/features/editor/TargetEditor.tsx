import { useEffect, useLayoutEffect, useRef } from 'react';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history } from 'prosemirror-history';
import { textDoc, docText } from './schema.ts';
import { targetKeymaps, type RowActions } from './keymap.ts';
import { placeholderPlugin, setPlaceholder } from './placeholder.ts';

/** Props of {@link TargetEditor}. Callbacks may change identity between renders. */
export interface TargetEditorProps {
  readonly blockId: number;
  readonly initialText: string;
  readonly label: string;
  readonly placeholder: string;
  readonly onText: (text: string) => void;
  readonly onBlur: () => void;
  readonly actions: RowActions;
  /** Feature plugins (glossary keys, annotation ranges…), read when the editor is created. */
  readonly plugins: readonly Plugin[];
  /** Receives the view when mounted and null when unmounted, so the grid can focus rows. */
  readonly registerView: (view: EditorView | null) => void;
}

// Marks a transaction that brings in text changed outside the editor (replace all, undo of a
// batch): it is already saved, so it must not be reported through onText or be undoable here.
const EXTERNAL = 'duizhao-external-text';

/**
 * One row's English editor: a ProseMirror view with its own undo history. The view owns the text
 * while mounted; the grid learns of changes through `onText`. Re-created only when the block
 * changes; when `initialText` changes to something other than the editor's text (the host changed
 * the block), the document is replaced without a save and without an undo step.
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
    };
    const view = new EditorView(host.current!, {
      state: EditorState.create({ doc: textDoc(latest.current.initialText), plugins: [...latest.current.plugins, placeholderPlugin(latest.current.placeholder), history(), ...targetKeymaps(actions)] }),
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
        if (tr.docChanged && !tr.getMeta(EXTERNAL)) latest.current.onText(docText(next.doc));
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
      viewRef.current = null;
      latest.current.registerView(null);
      view.destroy();
    };
    // The view is created once per block; later text arrives through the view itself.
  }, [props.blockId]);

  // A layout effect runs in the same task as the render that read `initialText`; a passive effect
  // may run a frame later, after more keystrokes, and would then replace them with stale text.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view || docText(view.state.doc) === props.initialText) return;
    const doc = textDoc(props.initialText);
    const tr = view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content);
    view.dispatch(tr.setMeta(EXTERNAL, true).setMeta('addToHistory', false));
  }, [props.initialText]);

  useEffect(() => {
    if (viewRef.current) setPlaceholder(viewRef.current, props.placeholder);
  }, [props.placeholder]);

  return <div ref={host} className="target-host" data-block-id={props.blockId} />;
}
