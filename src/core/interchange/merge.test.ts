import { describe, expect, it } from 'vitest';
import type { BlockStatus } from '../model/block.ts';
import { mergeTranslations } from './merge.ts';
import type { MergeBlock } from './merge.ts';
import type { InterchangeUnit } from './types.ts';

function current(id: number, source: string, target: string, status: BlockStatus = 'draft', updatedAt = '2024-05-01T00:00:00Z'): MergeBlock {
  return { id, source, target, status, updatedAt };
}

function unit(source: string, target: string, extra: Partial<InterchangeUnit> = {}): InterchangeUnit {
  return { source, target, notes: [], ...extra };
}

describe('mergeTranslations', () => {
  it('matches by id first, then by source text, and lists what matched nothing', () => {
    const blocks = [current(1, '甲', ''), current(2, '乙', ''), current(3, '乙', '')];
    const result = mergeTranslations(blocks, [unit('甲', 'A', { blockId: 1 }), unit(' 乙 ', 'B'), unit('丙', 'C'), unit('丁', 'D', { blockId: 99 })]);
    expect(result.updates).toEqual([
      { blockId: 1, target: 'A', status: 'draft' },
      { blockId: 2, target: 'B', status: 'draft' },
      { blockId: 3, target: 'B', status: 'draft' },
    ]);
    expect(result.unmatched.map((u) => [u.unit.source, u.reason])).toEqual([['丙', 'no-source-match'], ['丁', 'unknown-id']]);
  });
  it('updates when the block is unchanged since the export, conflicts when both sides changed', () => {
    const blocks = [current(1, '甲', 'A0'), current(2, '乙', 'B1')];
    const result = mergeTranslations(blocks, [
      unit('甲', 'A2', { blockId: 1, exportedTarget: 'A0', status: 'confirmed' }),
      unit('乙', 'B2', { blockId: 2, exportedTarget: 'B0' }),
    ]);
    expect(result.updates).toEqual([{ blockId: 1, target: 'A2', status: 'confirmed' }]);
    expect(result.conflicts).toEqual([{ blockId: 2, reason: 'target-changed', current: 'B1', incoming: 'B2', exported: 'B0' }]);
  });
  it('without a carried target, uses exportedAt against updatedAt, and never overwrites a source-only match', () => {
    const blocks = [current(1, '甲', 'A0', 'draft', '2024-01-01T00:00:00Z'), current(2, '乙', 'B0', 'draft', '2024-06-01T00:00:00Z'), current(3, '丙', 'C0')];
    const units = [unit('甲', 'A1', { blockId: 1 }), unit('乙', 'B1', { blockId: 2 }), unit('丙', 'C1')];
    const result = mergeTranslations(blocks, units, '2024-03-01T00:00:00Z');
    expect(result.updates).toEqual([{ blockId: 1, target: 'A1', status: 'draft' }]);
    expect(result.conflicts.map((c) => c.blockId)).toEqual([2, 3]);
    expect(mergeTranslations(blocks, units).updates).toEqual([]);
  });
  it('ignores empty incoming targets, adopts only higher statuses for equal text, flags source edits and duplicates', () => {
    const blocks = [current(1, '甲', 'A'), current(2, '乙', 'B', 'confirmed'), current(3, '丙', 'C'), current(4, '丁新', 'D'), current(5, '戊', '')];
    const result = mergeTranslations(blocks, [
      unit('甲', '', { blockId: 1, exportedTarget: 'A' }),
      unit('乙', 'B', { blockId: 2, status: 'draft' }),
      unit('丙', 'C', { blockId: 3, status: 'confirmed' }),
      unit('丁', 'D2', { blockId: 4 }),
      unit('戊', 'E1', { blockId: 5 }),
      unit('戊', 'E2', { blockId: 5 }),
    ]);
    expect(result.updates).toEqual([{ blockId: 3, target: 'C', status: 'confirmed' }, { blockId: 5, target: 'E1', status: 'draft' }]);
    expect(result.conflicts.map((c) => [c.blockId, c.reason])).toEqual([[4, 'source-changed'], [5, 'duplicate']]);
    expect(result.unchanged).toBe(2);
  });
});
