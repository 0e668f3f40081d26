import type { TermFinding } from '../../../core/glossary/index.ts';

/** One line of term QA as shown: a finding and how many times it occurs in the row. */
export interface GroupedFinding {
  readonly finding: TermFinding;
  readonly count: number;
}

/**
 * Folds repeated findings of one row into one line each: checkTerms reports a missing term once
 * per occurrence in the Chinese (脱贫攻坚 three times → three findings), which reads as noise.
 * Keeps the order of first occurrence.
 */
export function groupFindings(findings: readonly TermFinding[]): GroupedFinding[] {
  const groups = new Map<string, { finding: TermFinding; count: number }>();
  for (const finding of findings) {
    const key = `${finding.kind}|${finding.entryId}|${finding.kind === 'forbidden' ? finding.term : ''}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { finding, count: 1 });
  }
  return [...groups.values()];
}
