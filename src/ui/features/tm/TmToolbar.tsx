import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TmContext } from './use-tm-feature.tsx';

/** The project-bar report of the last repetitions fill, with its Undo. */
export function TmToolbar({ ctx }: { readonly ctx: TmContext }) {
  const { t } = useTranslation('tm');
  const snap = useSyncExternalStore(ctx.state.subscribe, ctx.state.get);
  const report = snap.repetitions;
  if (!report) return null;
  const undo = async () => {
    const env = ctx.env();
    const result = await env.api.undoBatch({ batchId: report.batchId });
    env.replaceRows(result.blocks);
    ctx.state.update({ repetitions: { ...report, undone: true } });
  };
  return (
    <span className="tm-report" role="status" data-testid="tm-repetitions">
      {report.undone ? t('repetitions.undone', { count: report.count }) : t('repetitions.filled', { count: report.count })}
      {report.undone ? null : (
        <button type="button" data-testid="tm-repetitions-undo" onClick={() => void undo()}>
          {t('repetitions.undo')}
        </button>
      )}
      <button type="button" aria-label={t('repetitions.dismiss')} onClick={() => ctx.state.update({ repetitions: null })}>
        ×
      </button>
    </span>
  );
}

/** A row's "TM draft" badge: its English came from a TM match in this session. */
export function TmRowBadge({ ctx, blockId }: { readonly ctx: TmContext; readonly blockId: number }) {
  const { t } = useTranslation('tm');
  const score = useSyncExternalStore(ctx.state.subscribe, () => ctx.state.get().filled.get(blockId));
  if (score === undefined) return null;
  return (
    <span className="tm-badge" data-testid="tm-badge" title={t('badge.title')}>
      {t('badge.text', { score })}
    </span>
  );
}
