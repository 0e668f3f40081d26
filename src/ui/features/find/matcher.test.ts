import { describe, expect, it } from 'vitest';
import { compileMatcher, findInText, replaceInText, type FindOptions, type Matcher } from './matcher.ts';

const opts = (query: string, more: Partial<FindOptions> = {}): FindOptions => ({ query, regex: false, caseSensitive: false, wholeWord: false, ...more });
const matcher = (query: string, more: Partial<FindOptions> = {}): Matcher => compileMatcher(opts(query, more)) as Matcher;
const spans = (text: string, m: Matcher) => findInText(text, m).map((x) => text.slice(x.from, x.to));

describe('compileMatcher', () => {
  it('returns null for an empty query and an error for a bad pattern', () => {
    expect(compileMatcher(opts(''))).toBeNull();
    expect(compileMatcher(opts('(a', { regex: true }))).toHaveProperty('error');
    // The same text as a literal is fine.
    expect(spans('f(a)', matcher('(a'))).toEqual(['(a']);
  });
});

describe('findInText', () => {
  it('ignores case unless asked, and escapes literal queries', () => {
    expect(spans('Cat cat CAT c.t', matcher('cat'))).toEqual(['Cat', 'cat', 'CAT']);
    expect(spans('Cat cat', matcher('cat', { caseSensitive: true }))).toEqual(['cat']);
    expect(spans('cat c.t', matcher('c.t'))).toEqual(['c.t']);
  });

  it('whole word: Latin needs boundaries, hanzi never do', () => {
    expect(spans('cat concatenate cats cat.', matcher('cat', { wholeWord: true }))).toEqual(['cat', 'cat']);
    expect(spans('林西县的林西人', matcher('林西', { wholeWord: true }))).toEqual(['林西', '林西']);
    // A Latin word right after hanzi is still a whole word (no space needed).
    expect(spans('赤峰GDP增长', matcher('GDP', { wholeWord: true }))).toEqual(['GDP']);
    expect(spans('3.5% and 13.5', matcher('3.5', { wholeWord: true }))).toEqual(['3.5']);
  });

  it('finds regex matches, skipping empty ones, with offsets in UTF-16 units', () => {
    const text = '𠮷野 2023年 and 1949年';
    const found = findInText(text, matcher('(\\d+)年', { regex: true }));
    expect(found.map((f) => [f.from, f.to])).toEqual([
      [4, 9],
      [14, 19],
    ]);
    expect(spans('abc', matcher('x*', { regex: true }))).toEqual([]);
  });
});

describe('replaceInText', () => {
  it('replaces literally, or with $1 / $<name> / $& in regex mode', () => {
    expect(replaceInText('the cat, the Cat', matcher('cat'), 'lion', false)).toEqual({ text: 'the lion, the lion', count: 2 });
    expect(replaceInText('costs $5', matcher('$5'), '$&$1', false).text).toBe('costs $&$1');
    const years = matcher('(?<y>\\d{4})年', { regex: true });
    expect(replaceInText('1949年，2023年', years, 'in $1 ($<y>) [$&] $$', true).text).toBe('in 1949 (1949) [1949年] $，in 2023 (2023) [2023年] $');
    expect(replaceInText('nothing here', matcher('cat'), 'x', false)).toEqual({ text: 'nothing here', count: 0 });
  });
});
