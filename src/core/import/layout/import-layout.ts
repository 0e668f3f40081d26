import type { DroppedLine, ImportResult, SourceBlock } from '../../model/index.ts';
import { assembleParagraphs } from '../paragraphs/assemble.ts';
import type { AssemblerColumn } from '../paragraphs/types.ts';
import { repairPunctuation } from '../punctuation/index.ts';
import { splitColumns } from './columns.ts';
import type { ColumnSplit } from './columns.ts';
import { columnLines } from './flow.ts';
import { markFurniture } from './furniture.ts';
import type { Row } from './furniture.ts';
import { splitSegments } from './segments.ts';
import { readBands } from './bands.ts';
import { emWidth } from '../paragraphs/char-class.ts';
import { tokenize } from './gutters.ts';
import type { Token } from './gutters.ts';
import type { PageFlows } from './bands.ts';

/** Options of {@link importLayoutText}. */
export interface LayoutImportOptions {
  /** Turn half-width punctuation next to Chinese full-width (default true). */
  readonly repairPunctuation?: boolean;
}

/**
 * Imports a `pdftotext -layout` dump (or anything laid out the same way: columns side by side,
 * separated by runs of spaces, pages separated by form feeds) into paragraphs in reading order.
 * Each form-feed page is one sheet; a sheet showing two folios (left and right) is a two-page
 * spread and its columns are split between the pages at the widest gutter. Columns are read left
 * to right, so a spread reads left page then right page. Running heads, folios, slugs, page
 * strips and footers are returned in `dropped`. Never throws for text input; empty input gives
 * no paragraphs.
 */
export function importLayoutText(text: string, options: LayoutImportOptions = {}): ImportResult {
  const { columns, dropped, pages, columnsPerPage } = readLayoutColumns(text);
  let repairs = 0;
  const blocks: SourceBlock[] = assembleParagraphs(columns, { captionCues: true }).map((b) => {
    if (options.repairPunctuation === false) return b;
    const fixed = repairPunctuation(b.text);
    repairs += fixed.changes;
    return fixed.changes ? { ...b, text: fixed.text } : b;
  });
  return {
    paragraphs: blocks,
    dropped,
    layout: { format: 'layout-text', pages, columnsPerPage },
    punctuationRepairs: repairs,
  };
}

/** The page geometry of a layout dump before paragraph assembly (see {@link readLayoutColumns}). */
export interface LayoutColumns {
  /** Column flows in reading order, as the paragraph assembler takes them. */
  readonly columns: AssemblerColumn[];
  readonly dropped: DroppedLine[];
  readonly pages: number;
  readonly columnsPerPage: number[];
}

/**
 * Reads pages, furniture and columns of a layout dump (everything {@link importLayoutText} does
 * before joining lines into paragraphs). Exposed so tests and tools can inspect the column flows.
 */
export function readLayoutColumns(text: string): LayoutColumns {
  const sheets = text.replace(/\r\n?/gu, '\n').split('\f');
  while (sheets.length > 1 && (sheets[sheets.length - 1] ?? '').trim() === '') sheets.pop();
  const linesBySheet = sheets.map((sheet) => sheet.split('\n'));
  const rowsBySheet: Row[][] = linesBySheet.map((lines) => lines.map((line) => ({ segments: splitSegments(line) })));
  const furniture = markFurniture(rowsBySheet);

  const columns: AssemblerColumn[] = [];
  const dropped: DroppedLine[] = [];
  const columnsPerPage: number[] = [];
  let pageBase = 0;
  rowsBySheet.forEach((rows, s) => {
    const bodyRows = rows.map((r) => (r.drop ? [] : r.segments));
    if (bodyRows.every((r) => r.length === 0) && rows.every((r) => r.segments.length === 0)) return;
    // A loop, not Math.max(...): spreading 200,000 rows' segments overflows the stack.
    let width = 1;
    for (const r of rows) for (const g of r.segments) width = Math.max(width, g.dispEnd);
    const folios = furniture[s]?.folios ?? [];
    const spread =
      folios.some((f) => f.x < width * 0.4) && folios.some((f) => f.x > width * 0.6) && new Set(folios.map((f) => f.num)).size >= 2;
    const rowContent = bodyRows.map((r) => r.length > 0);
    if (!spread) {
      const lines = linesBySheet[s] ?? [];
      const page = readPage(rows.map((r, i) => (r.drop ? [] : tokenize(lines[i] ?? ''))));
      // A spanning line is measured against the whole page, so a short one reads as a heading.
      const pageEm = Math.max(0, ...page.flows.flatMap((f) => f.map((p) => emWidth(p.seg.text)))) * Math.max(1, page.columns);
      page.flows.forEach((placed, f) => {
        const opts = page.spanning[f] ? { measureEm: pageEm, normaliseLeading: true, standalone: true } : { normaliseLeading: true };
        columns.push({ page: pageBase + 1, lines: columnLines(placed, 'char', rowContent, opts) });
      });
      dropRows(rows, false, width, pageBase, dropped);
      columnsPerPage.push(page.columns);
      pageBase += 1;
      return;
    }
    const split = splitColumns(bodyRows);
    const pageOf = pageSplitter(split, spread);
    const pages = spread ? 2 : 1;
    const counts = new Array<number>(pages).fill(0);
    split.columns.forEach((placed, j) => {
      const page = pageOf(j);
      if (placed.length > 0) counts[page] = (counts[page] ?? 0) + 1;
      columns.push({ page: pageBase + page + 1, lines: columnLines(placed, split.metric, rowContent) });
    });
    dropRows(rows, spread, width, pageBase, dropped);
    columnsPerPage.push(...counts);
    pageBase += pages;
  });

  return { columns, dropped, pages: pageBase, columnsPerPage };
}

/**
 * Reads a page in character index (how pdftotext places text) and in display columns (how some
 * tools pad wide characters), keeping the reading whose column lines start flush with their
 * edges more often. Positions of the display reading are display columns, which the flow
 * builder then reads as its unit.
 */
function readPage(rows: readonly (readonly Token[])[]): PageFlows {
  const byChar = readBands(rows);
  if (!rows.some((r) => r.some((t) => t.dispEnd - t.dispStart !== t.end - t.start))) return byChar;
  const disp = rows.map((r) => r.map((t) => ({ ...t, start: t.dispStart, end: t.dispEnd })));
  const byDisp = readBands(disp);
  // Fewer columns always align better (one column aligns trivially): only a reading that finds
  // as many columns may win on alignment.
  return byDisp.columns >= byChar.columns && byDisp.aligned > byChar.aligned + 0.05 ? byDisp : byChar;
}

/** Reports the furniture rows of a sheet in `dropped`, on the left or right page of a spread by position. */
function dropRows(rows: readonly Row[], spread: boolean, width: number, pageBase: number, dropped: DroppedLine[]): void {
  for (const row of rows) {
    if (!row.drop) continue;
    const sides = new Map<number, string[]>();
    for (const seg of row.segments) {
      const side = spread && row.drop !== 'slug' && row.drop !== 'page-strip' && (seg.dispStart + seg.dispEnd) / 2 > width / 2 ? 1 : 0;
      sides.set(side, [...(sides.get(side) ?? []), seg.text]);
    }
    for (const [side, parts] of sides) dropped.push({ reason: row.drop, text: parts.join(' '), page: pageBase + side + 1 });
  }
}

/** Page (0 or 1 within the sheet) of each column: one page, or split at the widest gutter of a spread. */
function pageSplitter(split: ColumnSplit, spread: boolean): (col: number) => number {
  const k = split.columns.length;
  if (!spread) return () => 0;
  if (k === 1) return () => 0;
  let cut = 1;
  let widest = Number.NEGATIVE_INFINITY;
  for (let j = 1; j < k; j++) {
    const gap = (split.left[j] ?? 0) - (split.right[j - 1] ?? 0);
    const centred = -Math.abs(j - k / 2) * 0.5;
    if (gap + centred > widest) {
      widest = gap + centred;
      cut = j;
    }
  }
  return (col) => (col >= cut ? 1 : 0);
}

