import { useTranslation } from 'react-i18next';
import type { FailedEdit } from './save-queue.ts';

/** Offers the set-aside edits as a JSON download, so text the host refused is never simply gone. */
function download(edits: readonly FailedEdit[]): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(edits, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'duizhao-unsaved-edits.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The warning for edits the host refused for good (the row was deleted, the entry came from an
 * older build…): how many, the first reason, a download of their text, and a dismiss that clears
 * them. Later edits are saved meanwhile; these are never retried by themselves.
 */
export function FailedEdits({ failed, onClear }: { readonly failed: readonly FailedEdit[]; readonly onClear: () => void }) {
  const { t, i18n } = useTranslation('editor');
  const first = failed[0];
  if (!first) return null;
  // Host error keys are chosen at run time (see ErrorBanner), so they are not literal keys here.
  const translate = i18n.t as unknown as (key: string, values: Record<string, unknown>) => string;
  const reason = translate(i18n.exists(first.code) ? first.code : 'common:errors.unexpected', { ...first.details, message: first.details.message ?? first.code });
  return (
    <div className="error-banner failed-edits" role="alert" data-testid="failed-edits">
      <span>{t('save.setAside', { count: failed.length, reason })}</span>{' '}
      <button type="button" data-testid="failed-edits-download" onClick={() => download(failed)}>
        {t('save.setAsideDownload')}
      </button>{' '}
      <button type="button" data-testid="failed-edits-clear" onClick={onClear}>
        {t('save.setAsideClear')}
      </button>
    </div>
  );
}
