import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionDto } from '../../../shared/dto.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import { textDoc } from '../editor/schema.ts';
import { DiffText } from '../../components/DiffText.tsx';

/** Props of {@link HistoryPanel}. */
export interface HistoryPanelProps {
  readonly env: FeatureEnv;
  /** The focused row's block id, or null. */
  readonly blockId: number | null;
}

async function mountedTarget(env: FeatureEnv, blockId: number, index: number) {
  if (!env.registry.get(blockId, 'target')) env.focusRow(index);
  for (let frame = 0; frame < 60; frame++) {
    const view = env.registry.get(blockId, 'target');
    if (view) return view;
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return undefined;
}

/**
 * Earlier English versions of the focused row, newest first, with their time and status. The
 * host's first entry is the current saved state: it is labelled, not offered for restore.
 * Restore replaces the row's English in its editor as an ordinary transaction, so it is saved
 * (and recorded) like typing and undone with Ctrl+Z.
 */
export function HistoryPanel({ env, blockId }: HistoryPanelProps) {
  const { t, i18n } = useTranslation('history');
  const [revisions, setRevisions] = useState<readonly RevisionDto[] | null>(null);
  const index = blockId === null ? -1 : env.blocks.findIndex((b) => b.id === blockId);

  const load = useCallback(() => {
    if (blockId === null) return;
    setRevisions(null);
    // Saving pending typing first makes the list include it.
    void env
      .flushSaves()
      .catch(() => undefined)
      .then(() => env.api.getHistory({ blockId }))
      .then(setRevisions, () => setRevisions([]));
  }, [env, blockId]);
  useEffect(load, [load]);

  const restore = async (revision: RevisionDto) => {
    if (blockId === null) return;
    const view = await mountedTarget(env, blockId, index);
    if (!view) return;
    const doc = textDoc(revision.target);
    view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content));
    view.focus();
    load();
  };

  if (blockId === null || index < 0) return <p className="navigate-note">{t('pick')}</p>;
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  const [current, ...earlier] = revisions ?? [];
  // Newest first: what a revision changed is read against the one listed after it (older).
  const olderThan = (position: number): RevisionDto | undefined => revisions?.[position + 1];
  const changeOf = (revision: RevisionDto, position: number) => {
    const older = olderThan(position);
    if (!older) return <p lang="en">{revision.target || t('empty')}</p>;
    if (older.target === revision.target)
      return (
        <p className="history-status-only" data-testid="history-status-only">
          {t('statusOnly', { from: t(`status.${older.status}`), to: t(`status.${revision.status}`) })}
        </p>
      );
    return (
      <p aria-label={t('changes')}>
        <DiffText before={older.target} after={revision.target} lang="en" />
      </p>
    );
  };
  return (
    <div className="history-panel" data-testid="history-panel">
      <h3 className="history-row">{t('row', { row: index + 1 })}</h3>
      {revisions === null ? <p className="navigate-note">{t('loading')}</p> : null}
      {current ? (
        <div className="history-entry is-current" data-testid="history-current">
          <div className="history-meta">
            <strong>{t('current')}</strong> <time dateTime={current.createdAt}>{time(current.createdAt)}</time> · {t(`status.${current.status}`)}
          </div>
          {changeOf(current, 0)}
        </div>
      ) : null}
      {revisions !== null && earlier.length === 0 ? <p className="navigate-note">{t('none')}</p> : null}
      <ol className="history-list">
        {earlier.map((r, i) => (
          <li key={r.id} className="history-entry" data-testid="history-entry">
            <div className="history-meta">
              <time dateTime={r.createdAt}>{time(r.createdAt)}</time> · {t(`status.${r.status}`)}
              <button type="button" data-testid="history-restore" onClick={() => void restore(r)}>
                {t('restore')}
              </button>
            </div>
            {changeOf(r, i + 1)}
          </li>
        ))}
      </ol>
      <p className="navigate-note">{t('restoreNote')}</p>
    </div>
  );
}
