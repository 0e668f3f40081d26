import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from './shortcuts.ts';

/** The F1 / Ctrl+/ overlay listing every keyboard shortcut, grouped, in the UI language. */
export function HelpOverlay({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation('navigate');
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => closeButton.current?.focus(), []);
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <div className="dialog-backdrop navigate-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog help-overlay"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help-overlay"
        onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}
      >
        <h2 id="help-title">{t('help.title')}</h2>
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
        <div className="dialog-actions">
          <button type="button" ref={closeButton} data-testid="help-close" onClick={onClose}>
            {t('help.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
