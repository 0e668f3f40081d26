import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaState } from './qa-state.ts';
import type { ConfirmQuestion } from './confirm-question.ts';
import { QaConfirmDialog } from './QaConfirmDialog.tsx';

/**
 * Builds the project-bar item of the QA feature: the count of findings (not ignored), live, which
 * opens the QA panel; and the "confirm anyway?" dialog while a question is open.
 */
export function makeQaStatus(state: QaState, question: ConfirmQuestion, showPanel: () => void, onAnswer: (confirm: boolean, dontAsk: boolean) => void) {
  return function QaStatus() {
    const { t } = useTranslation('qa');
    useSyncExternalStore(state.subscribe, () => state.version);
    const open = useSyncExternalStore(question.subscribe, () => question.current);
    const count = state.count();
    return (
      <>
        {state.ran ? (
          <button type="button" className={`qa-status${count ? ' has-findings' : ''}`} data-testid="qa-count" data-count={count} onClick={showPanel}>
            {t('status.count', { count })}
          </button>
        ) : null}
        {open ? <QaConfirmDialog row={open.row} count={open.count} onDone={onAnswer} /> : null}
      </>
    );
  };
}
