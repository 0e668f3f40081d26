import { isSlugText } from './furniture.ts';

/**
 * Guesses whether `text` is a layout dump (`pdftotext -layout` and the like) rather than ordinary
 * plain text or Markdown, so a file dispatcher can pick {@link importLayoutText}. Signs: many
 * lines with wide internal gaps (columns side by side), form feeds between pages, slugs, deep
 * indentation. Markdown tables, fenced code and tab-separated data do not count as gaps.
 */
export function looksLikeLayoutText(text: string): boolean {
  const lines = text.replace(/\r\n?/gu, '\n').split(/[\n\f]/u);
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
  const formFeeds = (text.match(/\f/gu) ?? []).length;
  if (gapped >= 3 && gapped / nonBlank >= 0.25) return true;
  if (formFeeds >= 1 && (gapped + indented + slugs) / nonBlank >= 0.1) return true;
  return formFeeds >= 2 && nonBlank >= 10;
}
