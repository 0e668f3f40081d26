import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDto } from '../../../shared/dto.ts';
import type { QaState } from './qa-state.ts';
import { useCheckLabel, useDetail } from './QaPanel.tsx';

/** Findings shown under a row before the rest fold into "n more". */
const VISIBLE = 3;

/**
 * Builds the row addon of the QA feature: the row's findings that are not ignored (every check,
 * terms included), re-rendered only when that row's findings change.
 */
export function makeQaRowFindings(state: QaState) {
  return function QaRowFindings({ block }: { readonly block: BlockDto }) {
    const { t, i18n } = useTranslation('qa');
    const detail = useDetail();
    const label = useCheckLabel();
    // A string snapshot: stable while the row's findings are the same.
    const snapshot = useCallback(() => state.active(block.id).map((f) => f.key).join('\n'), [block.id]);
    useSyncExternalStore(state.subscribe, snapshot);
    const findings = state.active(block.id);
    if (findings.length === 0) return null;
    const lang = i18n.language === 'zh-CN' ? 'zh-Hans' : 'en';
    const item = (f: (typeof findings)[number]) => (
      <li key={f.key} className={`qa-row-finding ${f.check}`} data-testid="qa-row-finding" data-check={f.check} lang={lang}>
        <span className="qa-check">{label(f.check)}</span> {detail(f)}
      </li>
    );
    return (
      <div className="qa-row-findings-block">
        <ul className="qa-row-findings" aria-label={t('row.label')} data-testid="qa-row-findings">
          {findings.slice(0, VISIBLE).map(item)}
        </ul>
        {findings.length > VISIBLE ? (
          <details className="qa-row-more">
            <summary>{t('row.more', { count: findings.length - VISIBLE })}</summary>
            <ul className="qa-row-findings">{findings.slice(VISIBLE).map(item)}</ul>
          </details>
        ) : null}
      </div>
    );
  };
}
