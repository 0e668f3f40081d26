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

/** Billing-style counts of a set of blocks; see {@link computeCounts} for the rules. */
export interface WorkCounts {
  readonly blocks: number;
  /** Chinese side: code points without whitespace (punctuation included). */
  readonly sourceChars: number;
  /** Chinese side: code points without whitespace and without punctuation (Unicode category P). */
  readonly sourceCharsNoPunct: number;
  /** Chinese side: Han ideographs only (Unicode script Han: 汉字, 〇, 々…). */
  readonly hanzi: number;
  /** English side: words as {@link countEnglishWords} counts them. */
  readonly targetWords: number;
}

/** {@link WorkCounts} over every block and over the confirmed blocks only. */
export interface CountsSummary {
  readonly total: WorkCounts;
  readonly confirmed: WorkCounts;
}

/** Counts of one Chinese text; the fields mean what {@link WorkCounts} says. */
export function countSourceText(text: string): { chars: number; charsNoPunct: number; hanzi: number } {
  let chars = 0;
  let punct = 0;
  let hanzi = 0;
  // for…of walks code points, so 𠮷 (two UTF-16 units) counts once.
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    chars++;
    if (/\p{P}/u.test(char)) punct++;
    else if (/\p{Script=Han}/u.test(char)) hanzi++;
  }
  return { chars, charsNoPunct: chars - punct, hanzi };
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * English words: runs of letters, digits and marks, where an apostrophe, hyphen or dot between two
 * such characters joins them ("don't", "well-known", "3.5" are one word each). A lone dash or
 * other punctuation is not a word, unlike {@link countWords}, which splits on whitespace only.
 */
export function countEnglishWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

/**
 * Counts for billing and progress: Chinese characters with and without punctuation, Han
 * ideographs, English words; over all blocks and over confirmed ones. Assumes `target` is the
 * block's latest English. Does not change {@link computeStats}, which the progress bar uses.
 */
export function computeCounts(blocks: Iterable<CountableBlock>): CountsSummary {
  const total = { blocks: 0, sourceChars: 0, sourceCharsNoPunct: 0, hanzi: 0, targetWords: 0 };
  const confirmed = { ...total };
  for (const block of blocks) {
    const source = countSourceText(block.source);
    const words = countEnglishWords(block.target);
    for (const acc of block.status === 'confirmed' ? [total, confirmed] : [total]) {
      acc.blocks++;
      acc.sourceChars += source.chars;
      acc.sourceCharsNoPunct += source.charsNoPunct;
      acc.hanzi += source.hanzi;
      acc.targetWords += words;
    }
  }
  return { total, confirmed };
}
