import { describe, expect, it } from 'vitest';
import { computeStats, countWords } from './stats.ts';

describe('computeStats', () => {
  it('counts rows by status and source code points without whitespace', () => {
    const stats = computeStats([
      { source: '林西县 𠮷', target: 'Linxi County', status: 'confirmed' },
      { source: '脱贫', target: '', status: 'new' },
      { source: '攻坚', target: 'fight', status: 'draft' },
    ]);
    expect(stats.blocks).toEqual({ total: 3, confirmed: 1, draft: 1, new: 1 });
    expect(stats.sourceChars).toEqual({ total: 8, confirmed: 4 });
    expect(stats.targetWords).toBe(3);
  });
  it('counts no words in blank text', () => {
    expect(countWords('  \n ')).toBe(0);
    expect(countWords(' a  b ')).toBe(2);
  });
});
