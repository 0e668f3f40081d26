import { describe, expect, it } from 'vitest';
import { checkTerms, createTermMatcher, type GlossaryEntry } from '../../../core/glossary/index.ts';
import { groupFindings } from './group-findings.ts';

const entry = (id: string, source: string, targets: string[], forbidden: string[] = []): GlossaryEntry => ({ id, source, targets, forbidden, note: '', caseSensitive: false });

describe('groupFindings', () => {
  it('folds repeated occurrences of one problem into one line with a count, in first-seen order', () => {
    const entries = [entry('a', '脱贫攻坚', ['poverty alleviation'], ['poverty relief']), entry('b', '林西县', ['Linxi County'])];
    const source = '林西县脱贫攻坚，脱贫攻坚，林西县';
    const findings = checkTerms(createTermMatcher(entries).findTerms(source), 'Poverty relief and poverty relief.', entries);
    const grouped = groupFindings(findings);
    expect(grouped.map((g) => [g.finding.kind, g.finding.entryId, g.count])).toEqual([
      ['missing', 'b', 2],
      ['missing', 'a', 2],
      ['forbidden', 'a', 2],
    ]);
    expect(groupFindings([])).toEqual([]);
  });
});
