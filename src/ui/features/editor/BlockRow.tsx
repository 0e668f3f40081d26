import { memo, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { TextSelection } from 'prosemirror-state';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { TargetEditor } from './TargetEditor.tsx';
import type { RowActions } from './keymap.ts';
import { SourceView } from './SourceView.tsx';
import { FeaturesContext } from './feature.ts';
import type { Pane } from './view-registry.ts';
import type { RowUpgrader } from './row-upgrader.ts';
import { StaticSource, StaticTarget } from './StaticViews.tsx';

/** Props of {@link BlockRow}. */
export interface BlockRowProps {
  readonly block: BlockDto;
  readonly status: BlockStatus;
  readonly rowNumber: number;
  readonly onText: (block: BlockDto, text: string) => void;
  readonly onBlur: (block: BlockDto) => void;
  readonly actionsFor: (block: BlockDto) => RowActions;
  readonly registerView: (blockId: number, pane: Pane, view: EditorView | null) => void;
  /** Decides whether the row mounts as static text first and upgrades it to editors later. */
  readonly upgrader: RowUpgrader;
}

/**
 * One aligned row: the Chinese source (read-only, `lang="zh-Hans"`) beside its English editor.
 * Both cells sit in one grid row, so the row is as tall as the taller side. A row mounted while
 * the grid scrolls starts as static text with the same decorations and turns into editors a few
 * frames later (see {@link RowUpgrader}), or at once when the pointer comes over it.
 */
export const BlockRow = memo(function BlockRow(props: BlockRowProps) {
  const { t } = useTranslation('editor');
  const { block } = props;
  const features = useContext(FeaturesContext);
  const heading = block.kind === 'heading';
  // Plugins are read once per mounted view; features push later changes through the view registry.
  const sourcePlugins = useMemo(() => features.flatMap((f) => f.sourcePlugins?.(block) ?? []), [features, block]);
  const targetPlugins = useMemo(() => features.flatMap((f) => f.targetPlugins?.(block) ?? []), [features, block]);
  const { upgrader } = props;
  const [live, setLive] = useState(() => !upgrader.shouldDefer(block.id));
  useEffect(() => (live ? undefined : upgrader.request(block.id, () => setLive(true))), [live, upgrader, block.id]);
  // A click on the static English: the editor takes the caret where the click was.
  const caretAt = useRef<{ readonly left: number; readonly top: number } | null>(null);
  const upgradeNow = useCallback(() => {
    if (!live) upgrader.now(block.id);
  }, [live, upgrader, block.id]);
  const registerTarget = (view: EditorView | null) => {
    props.registerView(block.id, 'target', view);
    const at = caretAt.current;
    if (!view || !at) return;
    caretAt.current = null;
    const pos = view.posAtCoords(at)?.pos ?? view.state.doc.content.size - 1;
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))));
  };
  return (
    <div
      className={`row kind-${block.kind}${heading ? ' is-heading' : ''}`}
      data-testid="row"
      data-row={props.rowNumber}
      data-status={props.status}
      data-static={live ? undefined : 'true'}
      onPointerEnter={live ? undefined : upgradeNow}
    >
      <div className="row-meta">
        <span className="row-number">{props.rowNumber}</span>
        <StatusBadge status={props.status} />
      </div>
      {live ? (
        <SourceView
          blockId={block.id}
          text={block.source}
          heading={heading}
          plugins={sourcePlugins}
          registerView={(view) => props.registerView(block.id, 'source', view)}
        />
      ) : (
        <StaticSource text={block.source} heading={heading} plugins={sourcePlugins} />
      )}
      <div className="target">
        {live ? (
        <TargetEditor
          blockId={block.id}
          initialText={block.target}
          label={t('row.targetLabel', { row: props.rowNumber })}
          placeholder={t('row.placeholder')}
          onText={(text) => props.onText(block, text)}
          onBlur={() => props.onBlur(block)}
          actions={props.actionsFor(block)}
          registerView={registerTarget}
          plugins={targetPlugins}
        />
        ) : (
          <StaticTarget
            text={block.target}
            placeholder={t('row.placeholder')}
            plugins={targetPlugins}
            onMouseDown={(event) => {
              event.preventDefault();
              caretAt.current = { left: event.clientX, top: event.clientY };
              upgradeNow();
            }}
          />
        )}
      </div>
      {features.some((f) => f.RowAddon) ? (
        <div className="row-addons">
          {features.map((f) => (f.RowAddon ? <f.RowAddon key={f.id} block={block} /> : null))}
        </div>
      ) : null}
    </div>
  );
});
