import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { toasts } from '../app/toast-store.ts';
import { asWorkbenchError, type WorkbenchError } from '../platform/workbench-error.ts';
import { ErrorBanner } from './ErrorBanner.tsx';

/**
 * The toast stack at the foot of the window: a polite live region (screen readers announce each
 * message), each toast with Undo when it has one and a close button. A failed undo shows its error.
 */
export function Toasts() {
  const { t } = useTranslation('common');
  const { toasts: list } = useSyncExternalStore(toasts.subscribe, toasts.snapshot);
  const [error, setError] = useState<WorkbenchError | null>(null);
  return (
    <div className="toasts" role="status" aria-live="polite" data-testid="toasts">
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      {list.map((toast) => (
        <div key={toast.id} className="toast" data-testid="toast">
          <span className="toast-message">{toast.message}</span>
          {toast.undo ? (
            <button type="button" className="toast-undo" data-testid="toast-undo" onClick={() => void toasts.undo(toast.id, (e) => setError(asWorkbenchError(e)))}>
              {t('toast.undo')}
            </button>
          ) : null}
          <button type="button" className="toast-close" aria-label={t('toast.close')} onClick={() => toasts.dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
