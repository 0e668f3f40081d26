import { useTranslation } from 'react-i18next';
import type { WorkbenchError } from '../platform/workbench-error.ts';

/** Shows a host error in the UI language: the message for its code, filled with its details. */
export function ErrorBanner({ error, onDismiss }: { readonly error: WorkbenchError; readonly onDismiss?: () => void }) {
  const { t, i18n } = useTranslation('common');
  // Codes are namespaced i18n keys chosen by the host (e.g. host:errors.projectLocked), so they are not literal keys here.
  const key = i18n.exists(error.code) ? error.code : 'common:errors.unexpected';
  const translate = i18n.t as unknown as (key: string, values: Record<string, unknown>) => string;
  const message = translate(key, { ...error.details, message: error.details.message ?? error.code });
  return (
    <div className="error-banner" role="alert" data-testid="error" data-code={error.code}>
      <span>{message}</span>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          {t('actions.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
