import type { DroppedLine } from '../../model/index.ts';
import { bodySize, CAPTION_START } from './classify.ts';
import type { LayoutLine, PdfBox } from './types.ts';

/** Share of the page height, at the top and at the bottom, where running heads and folios live. */
const BAND = 0.12;
/** At most this many rows from each page edge are considered furniture. */
const MAX_ROWS = 2;
/** Baselines within this many points count as "the same position" on different pages. */
const SAME_Y = 1.5;
/** A row set in a size other than the body's (by this share) may sit this many of its sizes off its counterpart. */
const OTHER_SIZE = 0.03;
const NEAR_Y = 0.4;
/** Bigram overlap (Dice) above which two heads count as the same head rearranged (mirrored pages). */
const SIMILAR = 0.6;
/** Running heads are set no larger than this many body sizes; larger edge lines are headings. */
const MAX_HEAD_RATIO = 1.1;
/** "Set smaller": at most this share of the size it is compared with. */
const SMALLER = 0.95;
/** A head alone on its page: at most this share of the page's text width… */
const LONE_MAX_WIDTH = 0.6;
/** …and this many of its own sizes of white space away from the text. */
const LONE_CLEARANCE = 2;
/** Cap height and ascenders, as a share of the font size, for the white space between lines. */
const ASCENT = 0.8;
/** How a footnote starts: a short number or note mark followed by text (feet like "2 Journal" look alike). */
const NOTE_START = /^(?:\d{1,3}|[*†‡§\u2460-\u2473])\s*[^\d\s.,:;)）]/;

/** Page geometry the furniture detector needs; `images` (when known) keeps captions under figures. */
export interface PageFrame {
  readonly number: number;
  readonly height: number;
  readonly images?: readonly PdfBox[];
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

/**
 * Similarity of two running-head texts regardless of word order (mirrored heads swap their
 * parts: "刊名 / 栏目" on one page, "栏目 / 刊名" on the other): Dice coefficient of character
 * bigrams, digits masked, case and spaces ignored. 1 for equal texts, 0 when nothing is shared.
 */
export function headSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

function bigrams(text: string): Map<string, number> {
  const k = key(text).toLowerCase();
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < k.length; i++) m.set(k.slice(i, i + 2), (m.get(k.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

function dice(ga: ReadonlyMap<string, number>, gb: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of ga.values()) total += n;
  for (const [g, n] of gb) {
    total += n;
    shared += Math.min(n, ga.get(g) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
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

const rowSize = (row: Row): number => Math.max(...row.lines.map((l) => l.size));
const rowText = (row: Row): string => row.lines.map((l) => l.text).join(' ');

/** What a page offers to judge one of its edge rows against. */
interface PageView {
  readonly lines: readonly LayoutLine[];
  readonly images: readonly PdfBox[];
  /** Left and right edge of all text on the page. */
  readonly x0: number;
  readonly x1: number;
}

/** How an edge row relates to the text next to it on its page. */
interface Setting {
  readonly size: number;
  /** The nearest line further from the edge, if any. */
  readonly next: LayoutLine | undefined;
  /** Distance between the baselines of the row and `next`. */
  readonly distance: number;
  /** White space between the row and `next` (baseline distance less the ascent of the lower line). */
  readonly clearance: number;
  /** An image lies between the row and `next` (the row is then a caption, not furniture). */
  readonly imageBetween: boolean;
}

function setting(row: Row, view: PageView): Setting {
  const size = rowSize(row);
  const inward = view.lines.filter((l) => (row.top ? l.y < row.y - 0.5 * size : l.y > row.y + 0.5 * size));
  const next = inward.length === 0 ? undefined : inward.reduce((a, b) => (Math.abs(b.y - row.y) < Math.abs(a.y - row.y) ? b : a));
  if (!next) return { size, next, distance: Infinity, clearance: Infinity, imageBetween: false };
  const lo = Math.min(row.y, next.y);
  const hi = Math.max(row.y, next.y);
  const clearance = hi - lo - ASCENT * (row.top ? next.size : size);
  const imageBetween = view.images.some((b) => b.y1 > lo + 1 && b.y0 < hi - 1);
  return { size, next, distance: hi - lo, clearance, imageBetween };
}

/**
 * True when an edge row stands apart from the text: no larger than the line next to it and
 * separated from it by at least two of its own line heights (body lines sit one pitch apart).
 */
function setApart(s: Setting): boolean {
  return !!s.next && !s.imageBetween && s.size <= s.next.size && s.distance - s.next.size >= 2 * s.size;
}

/** True when the row is set smaller than both the body text and the line next to it, with no figure in between. */
function setSmaller(s: Setting, body: number): boolean {
  return !!s.next && !s.imageBetween && s.size < body * SMALLER && s.size < s.next.size * SMALLER;
}

/**
 * Separates running heads, running feet and folios from the text, for any number of pages. A row
 * of lines in the top or bottom band of a page is furniture when
 * - it is a bare page number, or its text (digits masked) recurs near an edge of another page;
 * - it is the outermost row, set smaller than the body or well apart from it, and its text is
 *   another page's outermost row rearranged (mirrored pages);
 * - it is the outermost row at the same height as the outermost row of another page, and is set
 *   smaller than the body and its neighbour or stands well apart (heads that differ between
 *   right and left pages), or that other row is furniture (within a few points when the row is
 *   not set in the body size);
 * - it is the outermost row, short, set smaller than the body and its neighbour, and far from
 *   the text (a head on a single page).
 * Rows set larger than the body (headings at the top of a page) are furniture only when their
 * exact text recurs; a row that looks like a footnote needs more than a smaller size. A second
 * row counts only when the row outside it is furniture too. Returns the kept lines per page and
 * what was dropped, in page order.
 */
export function splitFurniture(
  pages: readonly PageFrame[],
  linesByPage: readonly (readonly LayoutLine[])[],
): { kept: LayoutLine[][]; dropped: DroppedLine[] } {
  const body = bodySize(linesByPage.flat());
  const views = new Map<number, PageView>();
  pages.forEach((p, i) => {
    const lines = linesByPage[i] ?? [];
    views.set(p.number, {
      lines,
      images: p.images ?? [],
      x0: Math.min(...lines.map((l) => l.x0)),
      x1: Math.max(...lines.map((l) => l.x1)),
    });
  });
  const rows = pages.flatMap((p, i) => edgeRows(p, linesByPage[i] ?? []));
  const settings = new Map<Row, Setting>(rows.map((r) => [r, setting(r, views.get(r.page) as PageView)]));
  const textsByKey = new Map<string, { pages: Set<number>; texts: Set<string> }>();
  for (const row of rows)
    for (const line of row.lines) {
      const entry = textsByKey.get(key(line.text)) ?? { pages: new Set<number>(), texts: new Set<string>() };
      entry.pages.add(row.page);
      entry.texts.add(line.text.replace(/\s+/g, ''));
      textsByKey.set(key(line.text), entry);
    }
  const gramCache = new Map<Row, Map<string, number>>();
  const grams = (row: Row): Map<string, number> => {
    let g = gramCache.get(row);
    if (!g) gramCache.set(row, (g = bigrams(rowText(row))));
    return g;
  };
  const outer = (row: Row): Row[] => rows.filter((r) => r.page !== row.page && r.top === row.top && r.rank === 0);
  const isFurniture = new Set<Row>();
  for (const row of rows) {
    const s = settings.get(row) as Setting;
    const headingLike = s.size > body * MAX_HEAD_RATIO;
    const repeated = row.lines.every((l) => {
      if (isFolio(l.text)) return true;
      const entry = textsByKey.get(key(l.text));
      // Headings numbered "第1节…", "第2节…" match once digits are masked; heads repeat verbatim.
      return !!entry && entry.pages.size > 1 && (!headingLike || entry.texts.size < entry.pages.size);
    });
    if (repeated) isFurniture.add(row);
    if (repeated || row.rank !== 0 || headingLike) continue;
    // Footnotes and captions (whose figure may not have been read) are small text near an edge too.
    const noteLike = (!row.top && NOTE_START.test(rowText(row))) || CAPTION_START.test(rowText(row));
    // Body lines ending two pages share many bigrams too (a small vocabulary): only a row set
    // apart from the text, or smaller than it, is compared.
    const styled = setApart(s) || s.size < body * SMALLER;
    const mine = styled ? grams(row) : undefined;
    const mirrored = !!mine && outer(row).some((r) => rowSize(r) <= body * MAX_HEAD_RATIO && dice(grams(r), mine) >= SIMILAR);
    const aligned = outer(row).some((r) => Math.abs(r.y - row.y) < SAME_Y);
    const distinct = setApart(s) || (!noteLike && setSmaller(s, body));
    const view = views.get(row.page) as PageView;
    const short = row.lines.every((l) => l.x1 - l.x0 <= LONE_MAX_WIDTH * (view.x1 - view.x0));
    const lone = !noteLike && short && setSmaller(s, body) && s.clearance >= LONE_CLEARANCE * s.size;
    if (mirrored || (aligned && distinct) || lone) isFurniture.add(row);
  }
  for (const row of rows) {
    const size = rowSize(row);
    if (isFurniture.has(row) || row.rank !== 0 || size > body * MAX_HEAD_RATIO) continue;
    // A head set in another style than its counterpart sits a little higher or lower.
    const reach = Math.abs(size - body) > OTHER_SIZE * body ? Math.max(SAME_Y, NEAR_Y * size) : SAME_Y;
    if (outer(row).some((r) => Math.abs(r.y - row.y) < reach && isFurniture.has(r))) isFurniture.add(row);
  }
  // A head set on two rows (a masthead: journal name over its English name, volume over DOI) is
  // one piece of furniture: a second row right inside a furniture row, set no larger, goes with it.
  for (const row of rows) {
    if (row.rank !== 1 || isFurniture.has(row)) continue;
    const outside = rows.find((r) => r.page === row.page && r.top === row.top && r.rank === 0);
    const size = rowSize(row);
    if (outside && isFurniture.has(outside) && size <= rowSize(outside) + 0.5 && size < body * SMALLER && Math.abs(outside.y - row.y) <= 1.8 * size) isFurniture.add(row);
  }
  // A second row only counts when the row outside it is furniture too, and is not the heading
  // that the head repeats (a chapter title set larger under a head "第一章 绪论").
  for (const row of rows) {
    if (row.rank === 0 || !isFurniture.has(row)) continue;
    const outside = rows.find((r) => r.page === row.page && r.top === row.top && r.rank === 0);
    const heading = !!outside && rowSize(row) > body * MAX_HEAD_RATIO && rowSize(row) > rowSize(outside) * MAX_HEAD_RATIO;
    if (!outside || !isFurniture.has(outside) || heading) isFurniture.delete(row);
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
