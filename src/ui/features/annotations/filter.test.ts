import { describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../core/annotate/index.ts';
import { inReadingOrder, matchesFilter, NO_FILTER } from './filter.ts';

const TEXT = '林西县推进脱贫攻坚';
const ann = (blockId: number, side: 'source' | 'target', start: number, category: string, note = '', author = 'ann') =>
  createAnnotation(TEXT, side, blockId, start, start + 2, category, note, author, '2026-01-01T00:00:00.000Z', `${blockId}${side}${start}`);

describe('annotation panel filters', () => {
  it('filters by category, side, author and note text (case-insensitive)', () => {
    const a = ann(1, 'source', 0, 'proper name', 'County seat', 'li');
    const b = ann(1, 'target', 5, 'policy term', 'slogan', 'wang');
    expect([a, b].filter((x) => matchesFilter(x, NO_FILTER))).toEqual([a, b]);
    expect([a, b].filter((x) => matchesFilter(x, { ...NO_FILTER, category: 'policy term' }))).toEqual([b]);
    expect([a, b].filter((x) => matchesFilter(x, { ...NO_FILTER, side: 'source' }))).toEqual([a]);
    expect([a, b].filter((x) => matchesFilter(x, { ...NO_FILTER, author: 'wang' }))).toEqual([b]);
    expect([a, b].filter((x) => matchesFilter(x, { ...NO_FILTER, search: 'county' }))).toEqual([a]);
  });

  it('orders by row, then source before target, then position; unknown blocks last', () => {
    const order = new Map([
      [7, 0],
      [3, 1],
    ]);
    const late = ann(3, 'source', 0, 'x');
    const target = ann(7, 'target', 0, 'x');
    const second = ann(7, 'source', 5, 'x');
    const first = ann(7, 'source', 0, 'x');
    const unknown = ann(99, 'source', 0, 'x');
    expect(inReadingOrder([unknown, late, target, second, first], order)).toEqual([first, second, target, late, unknown]);
  });
});
