import { memo, useContext, useMemo } from 'react';
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

/** Props of {@link BlockRow}. */
export interface BlockRowProps {
  readonly block: BlockDto;
  readonly status: BlockStatus;
  readonly rowNumber: number;
  readonly onText: (block: BlockDto, text: string) => void;
  readonly onBlur: (block: BlockDto) => void;
  readonly actionsFor: (block: BlockDto) => RowActions;
  readonly registerView: (blockId: number, pane: Pane, view: EditorView | null) => void;
}

/**
 * One aligned row: the Chinese source (read-only, `lang="zh-Hans"`) beside its English editor.
 * Both cells sit in one grid row, so the row is as tall as the taller side.
 */
export const BlockRow = memo(function BlockRow(props: BlockRowProps) {
  const { t } = useTranslation('editor');
  const { block } = props;
  const features = useContext(FeaturesContext);
  const heading = block.kind === 'heading';
  // Plugins are read once per mounted view; features push later changes through the view registry.
  const sourcePlugins = useMemo(() => features.flatMap((f) => f.sourcePlugins?.(block) ?? []), [features, block]);
  const targetPlugins = useMemo(() => features.flatMap((f) => f.targetPlugins?.(block) ?? []), [features, block]);
  return (
    <div className={`row kind-${block.kind}${heading ? ' is-heading' : ''}`} data-testid="row" data-row={props.rowNumber} data-status={props.status}>
      <div className="row-meta">
        <span className="row-number">{props.rowNumber}</span>
        <StatusBadge status={props.status} />
      </div>
      <SourceView
        blockId={block.id}
        text={block.source}
        heading={heading}
        plugins={sourcePlugins}
        registerView={(view) => props.registerView(block.id, 'source', view)}
      />
      <div className="target">
        <TargetEditor
          blockId={block.id}
          initialText={block.target}
          label={t('row.targetLabel', { row: props.rowNumber })}
          placeholder={t('row.placeholder')}
          onText={(text) => props.onText(block, text)}
          onBlur={() => props.onBlur(block)}
          actions={props.actionsFor(block)}
          registerView={(view) => props.registerView(block.id, 'target', view)}
          plugins={targetPlugins}
        />
      </div>
      {features.some((f) => f.RowAddon) ? (
        <div className="row-addons">
          {features.map((f) => (f.RowAddon ? <f.RowAddon key={f.id} block={block} /> : null))}
        </div>
      ) : null}
    </div>
  );
});
