/**
 * Test fixtures for annotation code: a tiny DSL that builds block texts and annotations by quote,
 * so tests read like `doc.ann('脱贫攻坚', 'policy term')` instead of hand-counted offsets.
 * Not part of the public API (index.ts does not export it).
 */
import type { Annotation, BlockText, Side } from '../model.ts';
import { createAnnotation } from '../model.ts';

/** The timestamp every fixture uses. */
export const NOW = '2025-03-01T08:00:00.000Z';

/** Options for {@link Fixture.ann}: which block/side/occurrence, and the free fields. */
export interface AnnOptions {
  readonly block?: number;
  readonly side?: Side;
  /** 0-based occurrence of the quote in that block and side (default: the first). */
  readonly occurrence?: number;
  readonly note?: string;
  readonly author?: string;
  readonly id?: string;
}

/** Block texts plus builders bound to them. */
export interface Fixture {
  readonly texts: BlockText[];
  /** Text of block `blockId` on `side`; throws when absent. */
  text(blockId: number, side: Side): string;
  /** An annotation on the first block/side holding `quote` (or the one named in `options`). */
  ann(quote: string, category: string, options?: AnnOptions): Annotation;
}

/**
 * Blocks from `[source, target]` pairs; block ids are the pair's index. Annotation ids are
 * `a1`, `a2`, … in creation order unless given.
 */
export function blocks(...pairs: readonly (readonly [string, string])[]): Fixture {
  const texts: BlockText[] = pairs.flatMap(([source, target], blockId) => [
    { blockId, side: 'source' as const, text: source },
    { blockId, side: 'target' as const, text: target },
  ]);
  let counter = 0;
  const text = (blockId: number, side: Side): string => {
    const found = texts.find((block) => block.blockId === blockId && block.side === side);
    if (!found) throw new Error(`no block ${blockId} ${side}`);
    return found.text;
  };
  const ann = (quote: string, category: string, options: AnnOptions = {}): Annotation => {
    const block = texts.find(
      (candidate) =>
        (options.block === undefined || candidate.blockId === options.block) &&
        (options.side === undefined || candidate.side === options.side) &&
        candidate.text.includes(quote),
    );
    if (!block) throw new Error(`quote not found: ${quote}`);
    let start = block.text.indexOf(quote);
    for (let n = 0; n < (options.occurrence ?? 0); n++) start = block.text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`occurrence ${options.occurrence} of ${quote} not found`);
    counter += 1;
    return createAnnotation(block.text, block.side, block.blockId, start, start + quote.length, category, options.note ?? '', options.author ?? 'Tester', NOW, options.id ?? `a${counter}`);
  };
  return { texts, text, ann };
}
