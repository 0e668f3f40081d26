import { codePointLength } from '../text/codepoints.ts';
import type { BlockStatus } from './block.ts';

/** Counts for the progress bar and `duizhao stats`. Characters are code points of the source text. */
export interface ProjectStats {
  readonly blocks: { readonly total: number; readonly confirmed: number; readonly draft: number; readonly new: number };
  readonly sourceChars: { readonly total: number; readonly confirmed: number };
  readonly targetWords: number;
}

/** The fields of a block that progress depends on. */
export interface CountableBlock {
  readonly source: string;
  readonly target: string;
  readonly status: BlockStatus;
}

/**
 * Progress over a list of blocks. Source characters are code points (𠮷 counts once) with
 * whitespace excluded, since layout spaces are not part of the text a translator is paid for;
 * English words are runs of non-whitespace. The UI and the host both count with this function.
 */
export function computeStats(blocks: Iterable<CountableBlock>): ProjectStats {
  const counts = { total: 0, confirmed: 0, draft: 0, new: 0 };
  let chars = 0;
  let confirmedChars = 0;
  let words = 0;
  for (const block of blocks) {
    counts.total++;
    counts[block.status]++;
    const n = codePointLength(block.source.replace(/\s+/gu, ''));
    chars += n;
    if (block.status === 'confirmed') confirmedChars += n;
    words += countWords(block.target);
  }
  return { blocks: counts, sourceChars: { total: chars, confirmed: confirmedChars }, targetWords: words };
}

/** Whitespace-separated words in `text` (0 for blank text). */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
