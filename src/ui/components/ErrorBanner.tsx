import { useTranslation } from 'react-i18next';
import type { WorkbenchError } from '../platform/workbench-error.ts';
import { LOCALE_NAMESPACES } from '../../core/i18n/keys.ts';

/** Shows a host error in the UI language: the message for its code, filled with its details. */
export function ErrorBanner({ error, onDismiss }: { readonly error: WorkbenchError; readonly onDismiss?: () => void }) {
  const { t, i18n } = useTranslation(LOCALE_NAMESPACES); // codes come from every feature's namespace
  // The host may be newer than this UI (a code this build lacks): then the generic message shows it.
  const key = i18n.exists(error.code) ? error.code : 'common:errors.unexpected';
  const text = t(key, { ...error.details, message: error.details.message ?? error.code });
  // i18next types a union of keys as possibly returning objects; every error key is a string leaf.
  const message = typeof text === 'string' ? text : error.code;
  return (
    <div className="error-banner" role="alert" data-testid="error" data-code={error.code}>
      <span>{message}</span>
      {onDismiss ? (
        <button type="button" onClick={onDismiss}>
          {t('common:actions.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
