import { foldForMatch } from '../../../core/text/match-fold.ts';
import type { BlockDto } from '../../../shared/dto.ts';

/**
 * The rows a confirmed row's English should be copied to: other rows whose Chinese is the same
 * (whitespace and width aside) and whose English is still empty and not confirmed. Rows a
 * translator already wrote something in are never overwritten.
 */
export function repetitionTargets(
  blocks: readonly BlockDto[],
  confirmed: BlockDto,
  currentTarget: (blockId: number) => string,
  currentStatus: (blockId: number) => string,
): BlockDto[] {
  const key = foldForMatch(confirmed.source);
  if (key === '') return [];
  return blocks.filter((b) => b.id !== confirmed.id && currentTarget(b.id).trim() === '' && currentStatus(b.id) !== 'confirmed' && foldForMatch(b.source) === key);
}
