/**
 * CSV export of annotations for spreadsheets: one row per annotation, offsets in code points.
 * RFC 4180: comma-separated, CRLF line ends, fields quoted when they contain a comma, quote or
 * line break, quotes doubled.
 */
import { unitToCodePoint } from '../text/codepoints.ts';
import type { Annotation, BlockText } from './model.ts';
import { UNPLACED_BLOCK } from './model.ts';

/** Column names of the header row, in order. */
export const CSV_COLUMNS = ['block_id', 'side', 'start', 'end', 'quote', 'category', 'note', 'author'] as const;

/** Output switches; both default to the safe choice for Excel. */
export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads Chinese correctly (default true). */
  readonly bom?: boolean;
  /**
   * Prefix cells starting with = + - @ (or tab/CR) with an apostrophe so spreadsheet programs do
   * not run them as formulas (OWASP "CSV injection"); default false because it alters the text.
   */
  readonly guardFormulas?: boolean;
}

/** One field, quoted per RFC 4180 when needed. */
export function csvField(value: string | number, guardFormulas = false): string {
  let text = String(value);
  if (guardFormulas && typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV text. `blocks` are the current texts used to convert UTF-16 offsets to code points.
 * Orphaned annotations (and any whose offsets no longer cover their quote) get empty start/end
 * cells: their position is not known. Unplaced ones get an empty block id as well.
 */
export function exportAnnotationsCsv(annotations: readonly Annotation[], blocks: readonly BlockText[], options: CsvOptions = {}): string {
  const texts = new Map(blocks.map((block) => [`${block.blockId}:${block.side}`, block.text]));
  const guard = options.guardFormulas ?? false;
  const rows = [CSV_COLUMNS.join(',')];
  for (const annotation of annotations) {
    const text = texts.get(`${annotation.blockId}:${annotation.side}`);
    const holds = !annotation.orphaned && text !== undefined && text.slice(annotation.start, annotation.end) === annotation.quote;
    const cells: (string | number)[] = [
      annotation.blockId === UNPLACED_BLOCK ? '' : annotation.blockId,
      annotation.side,
      holds ? unitToCodePoint(text, annotation.start) : '',
      holds ? unitToCodePoint(text, annotation.end) : '',
      annotation.quote,
      annotation.category,
      annotation.note,
      annotation.author,
    ];
    rows.push(cells.map((cell) => csvField(cell, guard)).join(','));
  }
  return `${options.bom ?? true ? '\uFEFF' : ''}${rows.join('\r\n')}\r\n`;
}
