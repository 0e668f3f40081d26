import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorView } from 'prosemirror-view';
import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { TargetEditor } from './TargetEditor.tsx';
import type { RowActions } from './keymap.ts';

/** Props of {@link BlockRow}. */
export interface BlockRowProps {
  readonly block: BlockDto;
  readonly status: BlockStatus;
  readonly rowNumber: number;
  readonly onText: (block: BlockDto, text: string) => void;
  readonly onBlur: (block: BlockDto) => void;
  readonly actionsFor: (block: BlockDto) => RowActions;
  readonly registerView: (blockId: number, view: EditorView | null) => void;
}

/**
 * One aligned row: the Chinese source (read-only, `lang="zh-Hans"`) beside its English editor.
 * Both cells sit in one grid row, so the row is as tall as the taller side.
 */
export const BlockRow = memo(function BlockRow(props: BlockRowProps) {
  const { t } = useTranslation('editor');
  const { block } = props;
  const heading = block.kind === 'heading';
  return (
    <div className={`row kind-${block.kind}${heading ? ' is-heading' : ''}`} data-testid="row" data-row={props.rowNumber} data-status={props.status}>
      <div className="row-meta">
        <span className="row-number">{props.rowNumber}</span>
        <StatusBadge status={props.status} />
      </div>
      <div className="source" lang="zh-Hans" role={heading ? 'heading' : undefined} aria-level={heading ? 2 : undefined}>
        {block.source}
      </div>
      <div className="target">
        <TargetEditor
          blockId={block.id}
          initialText={block.target}
          label={t('row.targetLabel', { row: props.rowNumber })}
          placeholder={t('row.placeholder')}
          onText={(text) => props.onText(block, text)}
          onBlur={() => props.onBlur(block)}
          actions={props.actionsFor(block)}
          registerView={(view) => props.registerView(block.id, view)}
        />
      </div>
    </div>
  );
});
