import { isCjk } from '../paragraphs/index.ts';
import type { LayoutLine, PdfBox } from './types.ts';

/** A gutter must be at least this many (median) font sizes wide. */
const MIN_GUTTER_EM = 0.6;

interface Band {
  lines: LayoutLine[];
  /** True when the band was built from lines that have neighbours beside them (columns). */
  readonly multi: boolean;
}

function extent(l: LayoutLine): [number, number] {
  return [l.y - 0.35 * l.size, l.y + 1.05 * l.size];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Lines with nothing beside them (no other line at the same height to the left or right):
 * titles, spanning headings, single-column text. Lines above or below do not count, so tight
 * leading does not matter. An image beside a line counts as a neighbour (it fills a column).
 */
function aloneFlags(lines: readonly LayoutLine[], images: readonly PdfBox[]): boolean[] {
  return lines.map((a, i) => {
    const [a0, a1] = extent(a);
    const image = images.some((b) => (b.x1 < a.x0 || b.x0 > a.x1) && Math.min(a1, b.y1) - Math.max(a0, b.y0) > 0);
    return !image && !lines.some((b, j) => {
      if (i === j || !(b.x1 < a.x0 || b.x0 > a.x1)) return false;
      const [b0, b1] = extent(b);
      return Math.min(a1, b1) - Math.max(a0, b0) > 0;
    });
  });
}

/** Column intervals of a band from x-coverage: gutters are stretches no line touches. */
function columnsOf(lines: readonly LayoutLine[]): [number, number][] {
  const spans = lines.map((l) => [l.x0, l.x1] as [number, number]).sort((a, b) => a[0] - b[0]);
  const minGutter = MIN_GUTTER_EM * median(lines.map((l) => l.size));
  const cols: [number, number][] = [];
  for (const [x0, x1] of spans) {
    const last = cols[cols.length - 1];
    if (last && x0 - last[1] < minGutter) last[1] = Math.max(last[1], x1);
    else cols.push([x0, x1]);
  }
  return cols;
}

/** Lines of an unbalanced last column that lost their neighbours still belong to the band above. */
function fitsColumn(line: LayoutLine, band: Band): boolean {
  if (!band.multi) return false;
  const bodySize = median(band.lines.map((l) => l.size));
  if (line.size > bodySize * 1.1) return false;
  return columnsOf(band.lines).some(
    // An opening quote may hang into the margin by most of an em.
    ([c0, c1]) => line.x0 >= c0 - line.size && line.x1 <= c1 + 1.5 * line.size && line.x0 - c0 < 3.5 * line.size,
  );
}

function mergeRow(a: LayoutLine, b: LayoutLine): LayoutLine {
  const [left, right] = a.x0 <= b.x0 ? [a, b] : [b, a];
  const glue = isCjk([...left.text].pop() ?? '') && isCjk(right.text[0] ?? '') ? '' : ' ';
  const font = [...left.text].length >= [...right.text].length ? left.font : right.font;
  return { ...left, text: left.text + glue + right.text, x1: Math.max(a.x1, b.x1), bold: a.bold && b.bold, font, parts: a.parts + b.parts, cells: [...left.cells, right.x0, ...right.cells] };
}

/**
 * Puts one page's lines into reading order and records each line's column. Lines that share no
 * height with any other line (titles, headings across columns) split the page into bands; each
 * band's columns come from its own x-gaps, so a three-column section above a two-column one
 * works. Images count as column content when deciding what stands alone. Bands are read top to bottom, columns left to right, lines top to bottom.
 * Returns the ordered lines and the page's column count (0 when empty).
 */
export function orderPage(
  page: number,
  lines: readonly LayoutLine[],
  images: readonly PdfBox[] = [],
): { lines: LayoutLine[]; columns: number } {
  const sorted = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const alone = aloneFlags(sorted, images);
  const bands: Band[] = [];
  sorted.forEach((line, i) => {
    const multi = !alone[i];
    const last = bands[bands.length - 1];
    if (last && last.multi === multi) last.lines.push(line);
    else if (last && !multi && fitsColumn(line, last)) last.lines.push(line);
    else bands.push({ lines: [line], multi });
  });
  const out: LayoutLine[] = [];
  let columns = 0;
  bands.forEach((band, b) => {
    const cols = band.multi ? columnsOf(band.lines) : [[Math.min(...band.lines.map((l) => l.x0)), Math.max(...band.lines.map((l) => l.x1))] as [number, number]];
    columns = Math.max(columns, cols.length);
    cols.forEach(([c0, c1], c) => {
      const members = band.lines.filter((l) => {
        const mid = (l.x0 + l.x1) / 2;
        return band.multi ? mid >= c0 && mid <= c1 : true;
      });
      const merged: LayoutLine[] = [];
      for (const line of members.sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
        const prev = merged[merged.length - 1];
        if (band.multi && prev && Math.abs(prev.y - line.y) < 0.3 * line.size) merged[merged.length - 1] = mergeRow(prev, line);
        else merged.push(line);
      }
      for (const line of merged) out.push({ ...line, colX0: c0, colX1: c1, colKey: `${page}:${b}:${c}` });
    });
  });
  return { lines: out, columns: lines.length === 0 ? 0 : columns };
}
