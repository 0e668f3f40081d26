import { describe, expect, it } from 'vitest';
import { approximateSearch, editDistance, mayContain, pointIndex, similarity, toPoints } from './text-match.ts';

const cp = (s: string): readonly number[] => toPoints(s).points;

describe('code points', () => {
  it('maps code points to UTF-16 offsets and back', () => {
    const t = toPoints('a𠮷b');
    expect(t.points.length).toBe(3);
    expect(t.units).toEqual([0, 1, 3, 4]);
    expect(pointIndex(t, 3)).toBe(2);
    expect(pointIndex(t, 4)).toBe(3);
  });
});

describe('edit distance', () => {
  it('counts an astral character as one edit', () => {
    expect(editDistance(cp('吉野家'), cp('𠮷野家'))).toBe(1);
    expect(editDistance(cp('kitten'), cp('sitting'))).toBe(3);
    expect(editDistance(cp(''), cp('abc'))).toBe(3);
    expect(similarity(cp(''), cp(''))).toBe(1);
    expect(similarity(cp('abcd'), cp('abXd'))).toBe(0.75);
  });
});

describe('approximate search', () => {
  it('finds a pattern with one substitution and reports its extent', () => {
    const text = cp('林西县在推进脱贫攻艰工作');
    const matches = approximateSearch(text, cp('推进脱贫攻坚工作'), 1);
    expect(matches).toContainEqual({ start: 4, end: 12, errors: 1 });
    expect(Math.min(...matches.map((m) => m.errors))).toBe(1);
  });

  it('finds a pattern with an insertion inside it', () => {
    const matches = approximateSearch(cp('xx abcdXefgh yy'), cp('abcdefgh'), 2);
    const best = matches.reduce((a, b) => (b.errors < a.errors ? b : a));
    expect(best).toEqual({ start: 3, end: 12, errors: 1 });
  });

  it('finds nothing when there are too many errors', () => {
    expect(approximateSearch(cp('completely different'), cp('abcdefgh'), 2)).toEqual([]);
    expect(approximateSearch(cp('abc'), cp(''), 2)).toEqual([]);
  });

  it('filters blocks by character content', () => {
    expect(mayContain(cp('攻坚脱贫'), cp('脱贫攻坚'), 0)).toBe(true);
    expect(mayContain(cp('脱贫'), cp('脱贫攻坚'), 1)).toBe(false);
    expect(mayContain(cp('脱贫攻'), cp('脱贫攻坚'), 1)).toBe(true);
  });
});
