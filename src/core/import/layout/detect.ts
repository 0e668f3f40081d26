import { isSlugText } from './furniture.ts';

/** How much of the text {@link looksLikeLayoutText} reads: some 40 pages of a layout dump. */
const SAMPLE_CHARS = 200_000;

/**
 * Guesses whether `text` is a layout dump (`pdftotext -layout` and the like) rather than ordinary
 * plain text or Markdown, so a file dispatcher can pick {@link importLayoutText}. Signs: many
 * lines with wide internal gaps (columns side by side), form feeds between pages, slugs, deep
 * indentation. Markdown tables, fenced code and tab-separated data do not count as gaps.
 */
export function looksLikeLayoutText(text: string): boolean {
  // The first lines decide: a layout dump shows its columns from the start, and scanning a
  // million-line file line by line only to learn that costs seconds.
  const head = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const lines = head.replace(/\r\n?/gu, '\n').split(/[\n\f]/u);
  let nonBlank = 0;
  let gapped = 0;
  let indented = 0;
  let slugs = 0;
  let fenced = false;
  for (const line of lines) {
    if (/^\s*(?:```|~~~)/u.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.trim() === '') continue;
    nonBlank++;
    if (line.includes('|') || line.includes('\t')) continue;
    if (/\S {3,}\S/u.test(line)) gapped++;
    if (/^ {6,}\S/u.test(line)) indented++;
    if (isSlugText(line)) slugs++;
  }
  if (nonBlank < 3) return false;
  const formFeeds = (head.match(/\f/gu) ?? []).length;
  if (gapped >= 3 && gapped / nonBlank >= 0.25) return true;
  if (formFeeds >= 1 && (gapped + indented + slugs) / nonBlank >= 0.1) return true;
  return formFeeds >= 2 && nonBlank >= 10;
}
