import { describe, expect, it } from 'vitest';
import type { BlockDto } from '../../../shared/dto.ts';
import { repetitionTargets } from './repetitions.ts';

const block = (id: number, source: string, target = ''): BlockDto => ({ id, documentId: 1, index: id, kind: 'body', source, target, status: target ? 'draft' : 'new', updatedAt: '', sentences: [] });

describe('repetitionTargets', () => {
  it('picks other empty rows with the same source, whitespace and width aside, never written ones', () => {
    const blocks = [block(1, '成效显著。'), block(2, '成效显著。'), block(3, ' 成效显著 。'), block(4, '成效显著。', 'typed'), block(5, '成效明显。')];
    const targets = repetitionTargets(blocks, blocks[0]!, (id) => blocks.find((b) => b.id === id)!.target, () => 'new');
    expect(targets.map((b) => b.id)).toEqual([2, 3]);
  });
});
