import { describe, expect, it } from 'vitest';
import { describeColumns } from './describe-columns.ts';

describe('describeColumns', () => {
  it('lists the columns of each page of a short document', () => {
    expect(describeColumns([2, 2])).toBe('2 + 2');
    expect(describeColumns([])).toBe('1');
  });
  it('summarises long documents by their range of column counts', () => {
    expect(describeColumns(Array.from({ length: 137 }, () => 1))).toBe('1');
    expect(describeColumns([1, 2, 2, 3, 2, 1])).toBe('1–3');
  });
});
