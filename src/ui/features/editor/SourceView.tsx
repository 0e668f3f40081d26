import { useEffect, useRef } from 'react';
import { EditorState, type Plugin } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { textDoc } from './schema.ts';

/** Props of {@link SourceView}. */
export interface SourceViewProps {
  readonly blockId: number;
  readonly text: string;
  readonly heading: boolean;
  readonly plugins: readonly Plugin[];
  readonly registerView: (view: EditorView | null) => void;
}

/**
 * A block's Chinese as a read-only ProseMirror view, so glossary hits, annotations and search hits
 * are decorations (derived, never written into the text) and selections map to text offsets.
 * The text is selectable and copyable but not editable.
 */
export function SourceView({ blockId, text, heading, plugins, registerView }: SourceViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const latest = useRef({ plugins, registerView, text });
  latest.current = { plugins, registerView, text };

  useEffect(() => {
    const view = new EditorView(host.current!, {
      state: EditorState.create({ doc: textDoc(latest.current.text), plugins: [...latest.current.plugins] }),
      editable: () => false,
      attributes: { lang: 'zh-Hans', class: 'source-view', tabindex: '0' },
    });
    latest.current.registerView(view);
    return () => {
      latest.current.registerView(null);
      view.destroy();
    };
  }, [blockId]);

  return <div ref={host} className="source" lang="zh-Hans" role={heading ? 'heading' : undefined} aria-level={heading ? 2 : undefined} />;
}
