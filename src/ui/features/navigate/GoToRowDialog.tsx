import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The Ctrl+G dialog: a row number from 1 to `max`; Enter goes there, Esc closes. */
export function GoToRowDialog({ max, onGo, onClose }: { readonly max: number; readonly onGo: (row: number) => void; readonly onClose: () => void }) {
  const { t } = useTranslation('navigate');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const row = Number(value);
    if (!Number.isInteger(row) || row < 1 || row > max) return setInvalid(true);
    onGo(row);
  };
  return (
    <div className="dialog-backdrop navigate-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <form
        className="dialog goto-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="goto-title"
        data-testid="goto-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}
      >
        <h2 id="goto-title">{t('goto.title')}</h2>
        <label className="navigate-field">
          <span>{t('goto.label', { max })}</span>
          <input
            autoFocus
            data-testid="goto-input"
            inputMode="numeric"
            value={value}
            onChange={(e) => {
              setValue(e.target.value.trim());
              setInvalid(false);
            }}
          />
        </label>
        {invalid ? (
          <p className="find-error" role="alert" data-testid="goto-error">
            {t('goto.outOfRange', { max })}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('goto.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="goto-go">
            {t('goto.go')}
          </button>
        </div>
      </form>
    </div>
  );
}
