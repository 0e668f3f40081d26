/**
 * Heading cues for plain text, where the only signals are wording and indentation: enumerated
 * section labels (一、 （一） 第一章 Chapter 1) and short centred lines.
 */

const NUMERAL = '[一二三四五六七八九十百千零〇两\\d０-９]+';
const ENUMERATED = new RegExp(
  [
    `^${NUMERAL}[、．.]`,
    `^[（(]${NUMERAL}[）)]`,
    `^第${NUMERAL}[章节回部篇卷集幕讲课条]`,
    `^(?:chapter|part|section|book)\\s+(?:\\d+|[ivxlc]+)\\b`,
  ].join('|'),
  'iu',
);

// Headings do not end a sentence; a numbered item that ends with 。 is body text.
const SENTENCE_FINAL = /[。！？；，,;：:.!?]$/u;

/** Longest line (code points) still treated as a heading. */
export const MAX_HEADING_LENGTH = 40;

/** Indentation width counted in half-width columns: a full-width space is 2, a tab is 4. */
export function indentWidth(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\u3000') width += 2;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/** True when `text` (trimmed, one line) starts with a section label such as 一、 or 第三章. */
export function isEnumeratedLabel(text: string): boolean {
  return ENUMERATED.test(text);
}

/**
 * Decides whether a paragraph made of exactly one line reads as a heading. `rawLine` is the line
 * with its indentation, `bodyIndent` the usual first-line indentation of body paragraphs (a line
 * indented well past it is taken as centred).
 */
export function looksLikeHeading(rawLine: string, bodyIndent: number): boolean {
  const text = rawLine.trim();
  if (text.length > MAX_HEADING_LENGTH * 2) return false;
  const length = [...text].length;
  if (length === 0 || length > MAX_HEADING_LENGTH || SENTENCE_FINAL.test(text)) return false;
  if (isEnumeratedLabel(text)) return true;
  const indent = indentWidth(rawLine);
  return length <= 25 && indent >= Math.max(6, bodyIndent + 4);
}
