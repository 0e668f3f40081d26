import { useTranslation } from 'react-i18next';
import type { BlockStatus } from '../../../core/model/index.ts';

/** A row's status as a small coloured label; the colour is never the only cue (the word is shown). */
export function StatusBadge({ status }: { readonly status: BlockStatus }) {
  const { t } = useTranslation('editor');
  return (
    <span className={`status status-${status}`} data-status={status}>
      {t(`status.${status}`)}
    </span>
  );
}
