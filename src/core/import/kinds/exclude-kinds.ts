import type { BlockKind, SourceBlock } from '../../model/index.ts';

/**
 * The blocks an import keeps when the user leaves some kinds out of translation (footnotes, table
 * rows, equations, code): every block whose kind is not in `excluded`, in order. Pure; an empty or
 * missing list keeps everything.
 */
export function withoutKinds<T extends Pick<SourceBlock, 'kind'>>(blocks: readonly T[], excluded: readonly BlockKind[] | undefined): T[] {
  if (!excluded || excluded.length === 0) return [...blocks];
  const skip = new Set(excluded);
  return blocks.filter((b) => !skip.has(b.kind));
}

/** How many blocks of each kind there are, in first-seen order (the import preview's kind summary). */
export function countKinds(blocks: readonly Pick<SourceBlock, 'kind'>[]): [BlockKind, number][] {
  const counts = new Map<BlockKind, number>();
  for (const b of blocks) counts.set(b.kind, (counts.get(b.kind) ?? 0) + 1);
  return [...counts];
}
