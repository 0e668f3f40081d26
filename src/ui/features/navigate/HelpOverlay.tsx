import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog.tsx';
import { SHORTCUTS } from './shortcuts.ts';

/** The F1 / Ctrl+/ overlay listing every keyboard shortcut, grouped, in the UI language. */
export function HelpOverlay({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation('navigate');
  const closeButton = useRef<HTMLButtonElement>(null);
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <Dialog
      title={t('help.title')}
      onClose={onClose}
      size="large"
      className="help-overlay"
      testId="help-overlay"
      closeOnBackdrop
      initialFocus={closeButton}
      actions={
        <button type="button" ref={closeButton} data-testid="help-close" onClick={onClose}>
          {t('help.close')}
        </button>
      }
    >
      <div className="help-groups">
        {groups.map((group) => (
          <table key={group} className="help-table">
            <caption>{t(`help.groups.${group}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('help.keys')}</th>
                <th scope="col">{t('help.action')}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <tr key={s.action} data-testid={`shortcut-${s.action}`}>
                  <td>
                    <kbd>{s.keys}</kbd>
                  </td>
                  <td>{t(`help.actions.${s.action}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p className="navigate-note">{t('help.note')}</p>
    </Dialog>
  );
}
