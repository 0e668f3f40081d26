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

/** Findings shown under a row before the rest fold into "n more". */
const VISIBLE_FINDINGS = 3;

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
    const grouped = groupFindings(findings);
    // A long list would push the next row far down; the first few stay visible, the rest fold.
    const item = ({ finding: f, count }: (typeof grouped)[number], i: number) => (
      <li key={i} className={`term-finding ${f.kind}`} data-testid="term-finding" data-kind={f.kind} data-entry-id={f.entryId}>
        <FindingText finding={f} count={count} />
      </li>
    );
    const shown = grouped.slice(0, VISIBLE_FINDINGS);
    const folded = grouped.slice(VISIBLE_FINDINGS);
    return (
      <div className="term-findings-block">
        <ul className="term-findings" aria-label={t('qa.rowLabel')} data-testid="term-findings">
          {shown.map(item)}
        </ul>
        {folded.length ? (
          <details className="term-findings-more">
            <summary>{t('qa.more', { count: folded.length })}</summary>
            <ul className="term-findings">{folded.map((g, i) => item(g, i + VISIBLE_FINDINGS))}</ul>
          </details>
        ) : null}
      </div>
    );
  };
}
