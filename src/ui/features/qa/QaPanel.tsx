import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_LABEL_KEYS, QA_CHECKS, type QaCheck, type QaFinding } from '../../../core/qa/index.ts';
import type { QaListItem, QaState } from './qa-state.ts';
import type { QaSettings } from './qa-settings.ts';

/** What the panel can ask the feature to do. */
export interface QaPanelActions {
  readonly checkNow: () => void;
  /** Jumps to the row and selects the offending words. */
  readonly jump: (item: QaListItem) => void;
  readonly setIgnored: (item: QaListItem, ignored: boolean) => void;
  readonly setSettings: (settings: QaSettings) => void;
}

/** A finding's detail in the UI language (plural forms chosen from its `count`). */
export function useDetail(): (finding: QaFinding) => string {
  const { t } = useTranslation('qa');
  const anyT = t as unknown as (key: string, params: Record<string, string | number>) => string;
  return (finding) => anyT(finding.detail.key, finding.detail.params);
}

/** A check's label in the UI language. */
export function useCheckLabel(): (check: QaCheck) => string {
  const { t } = useTranslation('qa');
  const anyT = t as unknown as (key: string) => string;
  return (check) => anyT(CHECK_LABEL_KEYS[check]);
}

/**
 * Builds the QA side panel: "Check now", a filter of rows by check, the findings by row and
 * check with their detail (click: go to the row and select the offending words), "ignore" per
 * finding (shown as ignored and reversible when "show ignored" is on), and the settings.
 */
export function makeQaPanel(state: QaState, actions: QaPanelActions) {
  return function QaPanel() {
    const { t, i18n } = useTranslation('qa');
    const lang = i18n.language === 'zh-CN' ? 'zh-Hans' : 'en';
    useSyncExternalStore(state.subscribe, () => state.version);
    const [showIgnored, setShowIgnored] = useState(false);
    const detail = useDetail();
    const label = useCheckLabel();
    const items = state.list(showIgnored);
    const settings = state.settings;
    const count = state.count();
    const toggleCheck = (check: QaCheck, on: boolean) =>
      actions.setSettings({ ...settings, checks: QA_CHECKS.filter((c) => (c === check ? on : settings.checks.includes(c))) });
    return (
      <div className="qa-panel" data-testid="qa-panel">
        <div className="qa-panel-head">
          <h2>{t('panel.heading')}</h2>
          <button type="button" onClick={actions.checkNow} data-testid="qa-check-now">
            {t('panel.checkNow')}
          </button>
        </div>
        <p className="qa-summary" role="status">
          {state.ran ? (count ? t('panel.count', { count }) : t('panel.empty')) : t('panel.pending')}
        </p>
        <div className="qa-filters">
          <label>
            <span>{t('panel.byCheck')}</span>
            <select value={state.checkFilter ?? ''} onChange={(e) => state.setCheckFilter((e.target.value || null) as QaCheck | null)} data-testid="qa-filter">
              <option value="">{t('panel.allChecks')}</option>
              {QA_CHECKS.map((c) => (
                <option key={c} value={c}>
                  {label(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="qa-setting">
            <input type="checkbox" checked={showIgnored} onChange={(e) => setShowIgnored(e.target.checked)} data-testid="qa-show-ignored" />
            <span>{t('panel.showIgnored')}</span>
          </label>
        </div>
        <ul className="qa-list" data-testid="qa-list">
          {items.map((item) => {
            const text = detail(item.finding);
            return (
              <li
                key={`${item.blockId}:${item.finding.key}`}
                className={`qa-item${item.ignored ? ' ignored' : ''}`}
                data-testid="qa-item"
                data-check={item.finding.check}
                data-row={item.row + 1}
                data-ignored={item.ignored ? 'true' : 'false'}
              >
                <button type="button" className="qa-jump" onClick={() => actions.jump(item)} aria-label={t('panel.jump', { row: item.row + 1, detail: text })} data-testid="qa-jump">
                  <span className="qa-row">{t('panel.row', { row: item.row + 1 })}</span>
                  <span className="qa-check">{label(item.finding.check)}</span>
                  {item.ignored ? <span className="qa-ignored-tag">{t('panel.ignored')}</span> : null}
                  <span className="qa-detail" lang={lang}>
                    {text}
                  </span>
                </button>
                {item.ignored ? (
                  <button type="button" className="qa-ignore" onClick={() => actions.setIgnored(item, false)} aria-label={t('panel.restoreLabel', { detail: text })} data-testid="qa-restore">
                    {t('panel.restore')}
                  </button>
                ) : (
                  <button type="button" className="qa-ignore" onClick={() => actions.setIgnored(item, true)} aria-label={t('panel.ignoreLabel', { detail: text })} data-testid="qa-ignore">
                    {t('panel.ignore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
        <details className="qa-settings" data-testid="qa-settings">
          <summary>{t('settings.heading')}</summary>
          {QA_CHECKS.map((c) => (
            <label key={c} className="qa-setting">
              <input type="checkbox" checked={settings.checks.includes(c)} onChange={(e) => toggleCheck(c, e.target.checked)} data-testid={`qa-setting-${c}`} />
              <span>{label(c)}</span>
            </label>
          ))}
          <label className="qa-setting">
            <input type="checkbox" checked={settings.live} onChange={(e) => actions.setSettings({ ...settings, live: e.target.checked })} data-testid="qa-setting-live" />
            <span>{t('settings.live')}</span>
          </label>
          <label className="qa-setting">
            <input type="checkbox" checked={settings.askOnConfirm} onChange={(e) => actions.setSettings({ ...settings, askOnConfirm: e.target.checked })} data-testid="qa-setting-ask" />
            <span>{t('settings.askOnConfirm')}</span>
          </label>
        </details>
      </div>
    );
  };
}
