import type { Tag } from '../../../core/annotate/index.ts';

/** A row of the tag-set editor: the tag as edited, and the name it had when the editor opened (none if new). */
export interface DraftTag {
  readonly tag: Tag;
  readonly originalName?: string;
}

/**
 * The renames a draft implies: rows that existed when the editor opened and now carry another
 * (trimmed) name. Tracked per row, not guessed from positions, so deleting a tag never reads as
 * renaming the ones after it, and a new row never renames anything.
 */
export function tagRenames(draft: readonly DraftTag[]): { from: string; to: string }[] {
  return draft.flatMap(({ tag, originalName }) => (originalName !== undefined && originalName !== tag.name.trim() ? [{ from: originalName, to: tag.name.trim() }] : []));
}
