import { useTranslation } from 'react-i18next';
import type { ProjectStats } from '../../../shared/dto.ts';

/** Confirmed / total rows and source characters, as a bar and as numbers. */
export function ProgressBar({ stats }: { readonly stats: ProjectStats }) {
  const { t } = useTranslation('editor');
  const ratio = stats.blocks.total ? stats.blocks.confirmed / stats.blocks.total : 0;
  return (
    <div className="progress" data-testid="progress">
      <div
        className="progress-track"
        role="progressbar"
        aria-label={t('progress.label')}
        aria-valuemin={0}
        aria-valuemax={stats.blocks.total}
        aria-valuenow={stats.blocks.confirmed}
      >
        <div className="progress-fill" style={{ width: `${(ratio * 100).toFixed(1)}%` }} />
      </div>
      <span className="progress-text" data-testid="progress-text">
        <span>{t('progress.rows', { confirmed: stats.blocks.confirmed, total: stats.blocks.total })}</span>
        <span>{t('progress.chars', { confirmed: stats.sourceChars.confirmed, total: stats.sourceChars.total })}</span>
      </span>
    </div>
  );
}
