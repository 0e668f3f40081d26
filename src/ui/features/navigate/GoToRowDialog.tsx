import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

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
    <Dialog
      title={t('goto.title')}
      onClose={onClose}
      size="small"
      className="goto-dialog"
      testId="goto-dialog"
      closeOnBackdrop
      onSubmit={submit}
      actions={
        <>
          <button type="button" onClick={onClose}>
            {t('goto.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="goto-go">
            {t('goto.go')}
          </button>
        </>
      }
    >
      <label className="navigate-field">
        <span>{t('goto.label', { max })}</span>
        <input
          data-autofocus
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
    </Dialog>
  );
}
