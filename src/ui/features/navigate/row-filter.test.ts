import { describe, expect, it } from 'vitest';
import type { BlockDto } from '../../../shared/dto.ts';
import type { RowFacts } from '../editor/feature.ts';
import { NO_FILTER, isEmptyFilter, toRowFilter } from './row-filter.ts';

const block = (source: string): BlockDto => ({ id: 1, documentId: 1, index: 0, kind: 'body', source, target: '', status: 'new', updatedAt: '', sentences: [{ start: 0, end: source.length }] });
const facts = (status: RowFacts['status'], target = '', flags: string[] = []): RowFacts => ({ status, target, flag: (f) => flags.includes(f) });

describe('toRowFilter', () => {
  it('is null for the empty filter, including blank text', () => {
    expect(toRowFilter(NO_FILTER)).toBeNull();
    expect(isEmptyFilter({ ...NO_FILTER, text: '  ' })).toBe(true);
  });
  it('combines status, flags and text (source or live English, any case)', () => {
    const f = toRowFilter({ statuses: ['new', 'draft'], flags: ['annotated'], text: 'Linxi' })!;
    expect(f(block('林西县'), facts('draft', 'LINXI county', ['annotated']))).toBe(true);
    expect(f(block('林西县'), facts('confirmed', 'Linxi', ['annotated']))).toBe(false);
    expect(f(block('林西县'), facts('new', 'Linxi'))).toBe(false);
    expect(f(block('林西县'), facts('new', 'Chifeng', ['annotated']))).toBe(false);
    const zh = toRowFilter({ ...NO_FILTER, text: '林西' })!;
    expect(zh(block('林西县'), facts('new'))).toBe(true);
  });
});
