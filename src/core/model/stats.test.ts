import { describe, expect, it } from 'vitest';
import { computeCounts, computeStats, countEnglishWords, countSourceText, countWords } from './stats.ts';

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

describe('counts for billing', () => {
  it('counts the CAT.md test sentence: characters with and without punctuation, Han ideographs', () => {
    // 中华人民共和国成立于1949年，这是一个测试。GDP增长了3.5%。
    const sentence = '中华人民共和国成立于1949年，这是一个测试。GDP增长了3.5%。';
    const counts = countSourceText(sentence);
    const han = [...sentence].filter((c) => /\p{Script=Han}/u.test(c)).length;
    const punct = [...'，。.%。'].length;
    expect(counts.chars).toBe([...sentence].length);
    expect(counts.charsNoPunct).toBe(counts.chars - punct);
    expect(counts.hanzi).toBe(han);
    expect(han).toBe(20);
  });
  it('ignores whitespace and counts astral hanzi once', () => {
    expect(countSourceText(' 𠮷 野\n家 ')).toEqual({ chars: 3, charsNoPunct: 3, hanzi: 3 });
    expect(countSourceText('「林西」——县')).toEqual({ chars: 7, charsNoPunct: 3, hanzi: 3 });
  });
  it('counts English words, joining apostrophes, hyphens and decimal points, skipping lone dashes', () => {
    expect(countEnglishWords("Don't stop — a well-known 3.5% rise.")).toBe(6);
    expect(countEnglishWords('   ')).toBe(0);
    expect(countWords("Don't stop — a")).toBe(4);
  });
  it('sums totals and confirmed blocks separately, and leaves computeStats alone', () => {
    const blocks = [
      { source: '林西，县', target: 'Linxi County', status: 'confirmed' as const },
      { source: '脱贫', target: 'out of poverty', status: 'draft' as const },
    ];
    const { total, confirmed } = computeCounts(blocks);
    expect(total).toEqual({ blocks: 2, sourceChars: 6, sourceCharsNoPunct: 5, hanzi: 5, targetWords: 5 });
    expect(confirmed).toEqual({ blocks: 1, sourceChars: 4, sourceCharsNoPunct: 3, hanzi: 3, targetWords: 2 });
    expect(computeStats(blocks).sourceChars).toEqual({ total: 6, confirmed: 4 });
  });
});
