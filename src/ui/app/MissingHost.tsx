import { useTranslation } from 'react-i18next';
import { signal } from './signals.ts';

/** Shown when the page was opened without the launch token: explains how to open it properly. */
export function MissingHost() {
  const { t } = useTranslation('common');
  signal('appState', 'error');
  return (
    <div className="missing-host" role="alert">
      <h1>{t('missingHost.title')}</h1>
      <p>{t('missingHost.body')}</p>
    </div>
  );
}
