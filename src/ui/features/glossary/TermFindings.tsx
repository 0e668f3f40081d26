import { useCallback, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermFinding } from '../../../core/glossary/index.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { GlossaryState } from './glossary-state.ts';
import { groupFindings } from './group-findings.ts';

/** A finding's message in the UI language (`glossary:findings.*`), with "×n" when it repeats. */
export function FindingText({ finding, count = 1 }: { readonly finding: TermFinding; readonly count?: number }) {
  const { t } = useTranslation('glossary');
  const text =
    finding.kind === 'missing'
      ? t('findings.missing', { source: finding.source, expected: finding.expected.map((e) => `“${e}”`).join(' / ') })
      : t('findings.forbidden', { source: finding.source, term: finding.term });
  return (
    <span>
      {text}
      {count > 1 ? <span className="finding-count">{t('findings.times', { count })}</span> : null}
    </span>
  );
}

/**
 * Builds the row addon of the glossary feature: the term QA findings of one row, re-rendered only
 * when that row's findings change (the state caches them per English text and glossary version).
 */
export function makeTermFindings(state: GlossaryState) {
  return function TermFindings({ block }: { readonly block: BlockDto }) {
    const { t } = useTranslation('glossary');
    const snapshot = useCallback(() => state.findings(block.id), [block.id]);
    const findings = useSyncExternalStore(state.subscribe, snapshot);
    if (findings.length === 0) return null;
    return (
      <ul className="term-findings" aria-label={t('qa.rowLabel')} data-testid="term-findings">
        {groupFindings(findings).map(({ finding: f, count }, i) => (
          <li key={i} className={`term-finding ${f.kind}`} data-testid="term-finding" data-kind={f.kind} data-entry-id={f.entryId}>
            <FindingText finding={f} count={count} />
          </li>
        ))}
      </ul>
    );
  };
}
