import type { DroppedLine } from '../../model/index.ts';
import type { LayoutLine } from './types.ts';

/** Share of the page height, at the top and at the bottom, where running heads and folios live. */
const BAND = 0.12;
/** At most this many rows from each page edge are considered furniture. */
const MAX_ROWS = 2;
/** Baselines within this many points count as "the same position" on different pages. */
const SAME_Y = 1.5;

/** Page geometry the furniture detector needs. */
export interface PageFrame {
  readonly number: number;
  readonly height: number;
}

/** True for a bare page number: "12", "- 12 -", "— 12 —", "P. 30", "第 3 页", "Page 4", "xii". */
export function isFolio(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return /^(?:p\.?|page|第)?[-–—]*\d{1,4}[-–—]*(?:页|頁)?$/i.test(t) || /^[ivxlc]{1,6}$/i.test(t);
}

/** The repeated part of a running head: digits masked (page numbers vary), spaces ignored. */
function key(text: string): string {
  return text.replace(/\d+/g, '#').replace(/\s+/g, '');
}

interface Row {
  readonly page: number;
  readonly y: number;
  readonly lines: LayoutLine[];
  readonly top: boolean;
  /** 0 for the row nearest the page edge. */
  readonly rank: number;
}

function edgeRows(page: PageFrame, lines: readonly LayoutLine[]): Row[] {
  const rows: Row[] = [];
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  const group = (candidates: LayoutLine[], top: boolean): void => {
    let rank = 0;
    for (const line of candidates) {
      const last = rows[rows.length - 1];
      if (last && last.top === top && Math.abs(last.y - line.y) < SAME_Y * 2) last.lines.push(line);
      else if (rank < MAX_ROWS) rows.push({ page: page.number, y: line.y, lines: [line], top, rank: rank++ });
      else break;
    }
  };
  group(sorted.filter((l) => l.y > page.height * (1 - BAND)), true);
  group(sorted.filter((l) => l.y < page.height * BAND).reverse(), false);
  return rows;
}

function pageIndex(pages: readonly PageFrame[], number: number): number {
  return pages.findIndex((p) => p.number === number);
}

/**
 * True when an edge row stands apart from the text: no larger than the line next to it and
 * separated from it by at least two of its own line heights (body lines sit one pitch apart).
 */
function setApart(row: Row, lines: readonly LayoutLine[]): boolean {
  const size = Math.max(...row.lines.map((l) => l.size));
  const inward = lines.filter((l) => (row.top ? l.y < row.y - 0.5 * size : l.y > row.y + 0.5 * size));
  if (inward.length === 0) return false;
  const next = inward.reduce((a, b) => (Math.abs(b.y - row.y) < Math.abs(a.y - row.y) ? b : a));
  return size <= next.size && Math.abs(next.y - row.y) - Math.max(size, next.size) >= 2 * size;
}

/**
 * Separates running heads, running feet and folios from the text. A line near the top or bottom
 * edge is furniture when it is a bare page number, when its text (digits masked) recurs near an
 * edge of another page, or when it is the outermost row and sits at the same height as the
 * outermost row of another page that is furniture or, like itself, stands apart from the text
 * (mirrored heads differ in text but not in position). Returns the kept
 * lines per page and what was dropped, in page order.
 */
export function splitFurniture(
  pages: readonly PageFrame[],
  linesByPage: readonly (readonly LayoutLine[])[],
): { kept: LayoutLine[][]; dropped: DroppedLine[] } {
  const rows = pages.flatMap((p, i) => edgeRows(p, linesByPage[i] ?? []));
  const keysByPage = new Map<string, Set<number>>();
  for (const row of rows)
    for (const line of row.lines) {
      const k = key(line.text);
      const set = keysByPage.get(k) ?? new Set<number>();
      set.add(row.page);
      keysByPage.set(k, set);
    }
  const isFurniture = new Set<Row>();
  for (const row of rows) {
    const repeated = row.lines.every((l) => isFolio(l.text) || (keysByPage.get(key(l.text))?.size ?? 0) > 1);
    if (repeated) isFurniture.add(row);
  }
  for (const row of rows) {
    if (isFurniture.has(row) || row.rank !== 0) continue;
    const others = rows.filter((r) => r.page !== row.page && r.top === row.top && r.rank === 0 && Math.abs(r.y - row.y) < SAME_Y);
    if (others.some((r) => isFurniture.has(r)) || (others.length > 0 && setApart(row, linesByPage[pageIndex(pages, row.page)] ?? []))) {
      isFurniture.add(row);
    }
  }
  // A second row only counts when the row outside it is furniture too.
  for (const row of rows) {
    if (row.rank === 0 || !isFurniture.has(row)) continue;
    const outer = rows.find((r) => r.page === row.page && r.top === row.top && r.rank === 0);
    if (!outer || !isFurniture.has(outer)) isFurniture.delete(row);
  }
  const droppedLines = new Set<LayoutLine>();
  const dropped: DroppedLine[] = [];
  for (const row of rows) {
    if (!isFurniture.has(row)) continue;
    for (const line of [...row.lines].sort((a, b) => a.x0 - b.x0)) {
      droppedLines.add(line);
      const reason = isFolio(line.text) ? 'folio' : row.top ? 'running-head' : 'footer';
      dropped.push({ reason, text: line.text, page: row.page });
    }
  }
  const kept = linesByPage.map((lines) => lines.filter((l) => !droppedLines.has(l)));
  return { kept, dropped };
}
