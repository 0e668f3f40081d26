import { memo, useMemo, type MouseEventHandler } from 'react';
import type { Plugin } from 'prosemirror-state';
import { decoratedHtml } from './static-html.ts';
import { placeholderPlugin } from './placeholder.ts';

/**
 * A block's Chinese as static text with its decorations (term hits, annotations, search hits),
 * laid out like {@link SourceView}'s editor, for a row mounted while the grid scrolls.
 */
export const StaticSource = memo(function StaticSource({ text, heading, plugins }: { readonly text: string; readonly heading: boolean; readonly plugins: readonly Plugin[] }) {
  const html = useMemo(() => ({ __html: decoratedHtml(text, plugins) }), [text, plugins]);
  return (
    <div className="source" lang="zh-Hans" role={heading ? 'heading' : undefined} aria-level={heading ? 2 : undefined}>
      <div className="source-view static-view" lang="zh-Hans" dangerouslySetInnerHTML={html} />
    </div>
  );
});

/** Props of {@link StaticTarget}. */
export interface StaticTargetProps {
  readonly text: string;
  readonly placeholder: string;
  readonly plugins: readonly Plugin[];
  readonly onMouseDown: MouseEventHandler<HTMLDivElement>;
}

/**
 * A block's English as static text with its decorations and placeholder, laid out like
 * {@link TargetEditor}'s editor; a click turns the row into editors (see BlockRow).
 */
export const StaticTarget = memo(function StaticTarget({ text, placeholder, plugins, onMouseDown }: StaticTargetProps) {
  const html = useMemo(() => ({ __html: decoratedHtml(text, [...plugins, placeholderPlugin(placeholder)]) }), [text, plugins, placeholder]);
  return (
    <div className="target-host">
      <div className="target-editor static-view" lang="en" onMouseDown={onMouseDown} dangerouslySetInnerHTML={html} />
    </div>
  );
});
