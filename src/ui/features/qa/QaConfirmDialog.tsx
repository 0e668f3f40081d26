import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';

/** Props of {@link QaConfirmDialog}. */
export interface QaConfirmDialogProps {
  /** 1-based row number, for the message. */
  readonly row: number;
  readonly count: number;
  /** `confirm`: confirm anyway; `dontAsk`: the user ticked "do not ask again". */
  readonly onDone: (confirm: boolean, dontAsk: boolean) => void;
}

/** "This row has QA findings — confirm anyway?", asked once per confirm (memoQ's behaviour). */
export function QaConfirmDialog({ row, count, onDone }: QaConfirmDialogProps) {
  const { t } = useTranslation('qa');
  const [dontAsk, setDontAsk] = useState(false);
  return (
    <Dialog
      title={t('confirm.title')}
      onClose={() => onDone(false, dontAsk)}
      size="small"
      testId="qa-confirm-dialog"
      actions={
        <>
          <button type="button" onClick={() => onDone(false, dontAsk)} data-testid="qa-confirm-no">
            {t('confirm.no')}
          </button>
          <button type="button" className="primary" data-autofocus onClick={() => onDone(true, dontAsk)} data-testid="qa-confirm-yes">
            {t('confirm.yes')}
          </button>
        </>
      }
    >
      <p>{t('confirm.body', { row, count })}</p>
      <label className="qa-setting">
        <input type="checkbox" checked={dontAsk} onChange={(e) => setDontAsk(e.target.checked)} data-testid="qa-confirm-dont-ask" />
        <span>{t('confirm.dontAsk')}</span>
      </label>
    </Dialog>
  );
}
