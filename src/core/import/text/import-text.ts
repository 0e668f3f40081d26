import type { ImportResult } from '../../model/index.ts';
import { finishImport, type RawBlock, type TextImportOptions } from './finish.ts';
import { indentWidth, looksLikeHeading } from './headings.ts';
import { compoundsOf, joinLines } from './join.ts';

/** A paragraph as found in the text: its raw lines (indentation kept). */
type RawParagraph = readonly string[];

/** Splits text into lines, accepting \n, \r\n and lone \r, after dropping a leading BOM. */
export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
}

const isBlank = (line: string): boolean => line.trim() === '';

/**
 * Groups lines into paragraphs. Blank lines separate paragraphs when the text has any; otherwise
 * an indented line (ASCII or full-width spaces) starts a new one when the text uses first-line
 * indentation; otherwise every line is its own paragraph (the usual shape of Chinese .txt files).
 */
export function groupParagraphs(lines: readonly string[]): RawParagraph[] {
  const nonBlank = lines.filter((line) => !isBlank(line));
  const hasBlankSeparators = nonBlank.length < lines.length && lines.some((line, i) => i > 0 && isBlank(line) && !isBlank(lines[i - 1] ?? ''));
  const indented = nonBlank.filter((line) => indentWidth(line) >= 2).length;
  // First-line indentation only means something if some lines are not indented (continuations).
  const byIndent = !hasBlankSeparators && indented > 0 && indented < nonBlank.length;
  const paragraphs: string[][] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) {
      flush();
      continue;
    }
    if (!hasBlankSeparators && (!byIndent || indentWidth(line) >= 2)) flush();
    current.push(line);
  }
  flush();
  return paragraphs;
}

/** The most common indentation of multi-line paragraphs' first lines (0 if none). */
function typicalIndent(paragraphs: readonly RawParagraph[]): number {
  const counts = new Map<number, number>();
  for (const paragraph of paragraphs) {
    const width = indentWidth(paragraph[0] ?? '');
    counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [width, count] of counts) {
    if (count > bestCount) [best, bestCount] = [width, count];
  }
  return best;
}

/**
 * Imports plain (already decoded) text: paragraphs by blank lines or first-line indentation,
 * lines joined without a space in CJK and with one in Latin, short enumerated or centred lines
 * as headings. Pure; throws `import:errors.noParagraphs` when the text has no words.
 */
export function importText(text: string, options: TextImportOptions = {}): ImportResult {
  const paragraphs = groupParagraphs(splitLines(text));
  const bodyIndent = typicalIndent(paragraphs);
  const isCompound = compoundsOf(paragraphs.flat());
  const blocks: RawBlock[] = paragraphs.map((lines) => {
    const first = lines[0] ?? '';
    const kind = lines.length === 1 && looksLikeHeading(first, bodyIndent) ? 'heading' : 'body';
    return { kind, text: joinLines(lines.map((line) => line.trim()), isCompound) };
  });
  return finishImport('text', blocks, [], options);
}
