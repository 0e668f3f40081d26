import { describe, expect, it } from 'vitest';
import { GlossaryIndex } from './glossary-index.ts';
import { createTermMatcher, type TermMatcher } from './matcher.ts';
import { entry } from './testing/test-helpers.ts';

/** Wraps a matcher to count how many texts it was asked to scan. */
function counting(matcher: TermMatcher): { matcher: TermMatcher; calls: string[] } {
  const calls: string[] = [];
  return { calls, matcher: { entries: matcher.entries, findTerms: (t) => (calls.push(t), matcher.findTerms(t)) } };
}

describe('GlossaryIndex', () => {
  const base = createTermMatcher([entry('党建'), entry('扶贫')]);
  const doc = [
    { id: 'b1', text: '党建引领' },
    { id: 'b2', text: '产业扶贫' },
    { id: 'b3', text: '没有术语' },
  ];

  it('computes every block once, then only blocks whose text changed', () => {
    const { matcher, calls } = counting(base);
    const index = new GlossaryIndex(matcher);
    expect(index.refresh(doc)).toEqual(['b1', 'b2', 'b3']);
    expect(index.refresh(doc)).toEqual([]);
    const edited = [doc[0]!, { id: 'b2', text: '产业扶贫和党建' }, doc[2]!];
    expect(index.refresh(edited)).toEqual(['b2']);
    expect(calls).toEqual(['党建引领', '产业扶贫', '没有术语', '产业扶贫和党建']);
    expect(index.peek('b2')).toEqual(base.findTerms('产业扶贫和党建'));
  });

  it('forgets blocks that left the document and serves single-block lookups from the cache', () => {
    const { matcher, calls } = counting(base);
    const index = new GlossaryIndex(matcher);
    index.refresh(doc);
    index.refresh([doc[0]!, doc[2]!]);
    expect(index.size).toBe(2);
    expect(index.peek('b2')).toBeUndefined();
    expect(index.hits(doc[0]!)).toEqual(base.findTerms('党建引领'));
    expect(calls).toHaveLength(3);
    expect(index.hits({ id: 'b1', text: '党建' })).toEqual([{ start: 0, end: 2, entryIds: ['党建'] }]);
    expect(calls).toHaveLength(4);
  });
});
