import { joinLines } from '../paragraphs/join.ts';
import type { Placed } from './columns.ts';
import type { BandColumns, Group, Token } from './gutters.ts';
import { EDGE_SLACK, assignTokens, estimateEdges, groupEm, measureColumns } from './gutters.ts';
import { markPhaseShifts } from './rhythm.ts';

/** The flows of one text page in reading order, and the largest column count of its bands. */
export interface PageFlows {
  readonly flows: Placed[][];
  /** Share of column lines that start at their column's edge (or a few places right of it): how well the metric fits. */
  readonly aligned: number;
  /** Per flow: true for lines that span the columns (titles, headings across the page). */
  readonly spanning: boolean[];
  readonly columns: number;
}

interface Band {
  readonly from: number;
  readonly to: number;
  readonly spanning: boolean;
}

/**
 * Reads one text page whose columns may be separated by narrow gutters: the page is cut into
 * horizontal bands (at runs of two or more blank rows, and at lines that span the columns:
 * titles and headings across the page, text in a gutter, a line crossing a column edge); each
 * band gets its own column edges (so a three-column section above a two-column one works), and
 * each row's tokens are assigned to the band's columns by position, with text that pdftotext ran
 * together split by the columns' widths. Flows come band by band, columns left to right, a
 * spanning line as a flow of its own. `rows[i]` are the tokens of row i (empty for blank or
 * dropped rows).
 */
export function readBands(rows: readonly (readonly Token[])[]): PageFlows {
  const bands = mergeAlike(rows, splitBands(rows, blankSplit(rows)));
  const flows: Placed[][] = [];
  const spanning: boolean[] = [];
  let columns = 0;
  let hits = 0;
  let total = 0;
  for (const band of bands) {
    const slice = rows.slice(band.from, band.to + 1);
    if (band.spanning) {
      // A title broken over two centred lines is one block: give the assembler one line.
      const lines = slice.flatMap((toks, i) => (toks.length > 0 ? [placedOf(band.from + i, toks)] : []));
      const first = lines[0];
      if (first) {
        const text = lines.map((l) => l.seg.text).reduce((acc, t) => joinLines(acc, t));
        flows.push([{ row: first.row, seg: { ...first.seg, text } }]);
        spanning.push(true);
      }
      columns = Math.max(columns, 1);
      continue;
    }
    const cols = columnsOf(slice);
    const out: Placed[][] = cols.edges.map(() => []);
    slice.forEach((toks, i) => {
      for (const g of assignTokens(toks, cols)) out[g.col]?.push(placedOf(band.from + i, g.tokens));
    });
    // Only where columns interleave row by row does the pattern carry information; where every
    // row holds every column, a row that one column skips is just that column's own spacing.
    const partial = slice.filter((toks) => toks.length > 0 && new Set(assignTokens(toks, cols).map((g) => g.col)).size < cols.edges.length);
    if (cols.edges.length >= 2 && partial.length >= slice.filter((t) => t.length > 0).length * 0.4) markPhaseShifts(out);
    out.forEach((placed, j) => {
      const edge = cols.edges[j] ?? 0;
      for (const p of placed) {
        total++;
        const d = p.seg.charStart - edge;
        if (d >= -1 && d <= 6) hits++;
      }
    });
    const used = out.filter((c) => c.length > 0);
    flows.push(...used);
    spanning.push(...used.map(() => false));
    columns = Math.max(columns, used.length);
  }
  return { flows, spanning, columns, aligned: total === 0 ? 1 : hits / total };
}

function columnsOf(rows: readonly (readonly Token[])[]): BandColumns {
  let edges = estimateEdges(rows);
  let cols = measureColumns(rows, edges);
  // Justified Latin spread by pdftotext can start short words at the same place on a few rows,
  // which looks like an edge: a "column" a few ems wide beside full ones is such a river.
  for (let guard = 0; guard < 4 && edges.length > 1; guard++) {
    const widest = Math.max(...cols.widthsEm);
    const j = cols.widthsEm.findIndex((w, i) => i > 0 && w < Math.max(4, widest * 0.3));
    if (j < 0) break;
    edges = edges.filter((_, i) => i !== j);
    cols = measureColumns(rows, edges);
  }
  return cols;
}

function placedOf(row: number, tokens: readonly Token[]): Placed {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return {
    row,
    seg: { text: tokens.map((t) => t.text).join(' '), charStart: first.start, charEnd: last.end, dispStart: first.dispStart, dispEnd: last.dispEnd },
  };
}

/** Bands separated by two or more blank rows. */
function blankSplit(rows: readonly (readonly Token[])[]): Band[] {
  const bands: Band[] = [];
  let start = -1;
  let blanks = 0;
  let lastText = -1;
  rows.forEach((toks, i) => {
    if (toks.length === 0) {
      blanks++;
      return;
    }
    if (start >= 0 && blanks >= 2) {
      bands.push({ from: start, to: lastText, spanning: false });
      start = -1;
    }
    if (start < 0) start = i;
    blanks = 0;
    lastText = i;
  });
  if (start >= 0) bands.push({ from: start, to: lastText, spanning: false });
  return bands;
}

/** Splits bands further at spanning rows, re-estimating the columns of each part. */
function splitBands(rows: readonly (readonly Token[])[], bands: readonly Band[]): Band[] {
  const out: Band[] = [];
  const queue = [...bands];
  let guard = 0;
  while (queue.length > 0 && guard++ < 10_000) {
    const band = queue.shift() as Band;
    if (band.spanning || band.from === band.to) {
      out.push(band);
      continue;
    }
    const slice = rows.slice(band.from, band.to + 1);
    const cols = columnsOf(slice);
    const colsOfRow = slice.map((toks) => new Set(assignTokens(toks, cols).map((g) => g.col)));
    // A heading centred in the middle column looks centred on the page too; but there the other
    // columns run on above and below it, whereas a spanning line ends the columns above it.
    const runsAcross = (i: number): boolean => {
      const near = (from: number, to: number, c: number): boolean => colsOfRow.slice(Math.max(0, from), Math.max(0, to)).some((set) => set.has(c));
      return cols.edges.some((_, c) => near(i - 2, i, c) && near(i + 1, i + 3, c));
    };
    const isolated = (i: number): boolean => (slice[i - 1]?.length ?? 0) === 0 && (slice[i + 1]?.length ?? 0) === 0;
    let hit = cols.edges.length < 2 ? -1 : slice.findIndex((toks, i) => spans(toks, cols, i === 0, runsAcross(i), isolated(i)));
    // A title over two lines, the second centred under the first, opens the band.
    if (hit !== 0 && continues(rows[band.from] ?? [], rows[band.from + 1] ?? [])) hit = 0;
    if (hit < 0) {
      out.push(band);
      continue;
    }
    let end = band.from + hit;
    while (end + 1 <= band.to && continues(rows[end] ?? [], rows[end + 1] ?? [])) end++;
    const parts: Band[] = [];
    if (hit > 0) parts.push({ from: band.from, to: band.from + hit - 1, spanning: false });
    parts.push({ from: band.from + hit, to: end, spanning: true });
    if (end < band.to) parts.push({ from: end + 1, to: band.to, spanning: false });
    queue.unshift(...parts);
  }
  return out;
}

/** True for a row that belongs to no single column: it crosses a gutter, sits in one, or is centred across the band. */
function spans(tokens: readonly Token[], cols: BandColumns, first: boolean, inFlow: boolean, isolated: boolean): boolean {
  if (tokens.length === 0) return false;
  const groups: Group[] = assignTokens(tokens, cols);
  const k = cols.edges.length;
  const s = (tokens[0] as Token).start;
  const e = (tokens[tokens.length - 1] as Token).end;
  if (groups.length === 1) {
    const j = (groups[0] as Group).col;
    // Crossing the next edge is not enough (justified Latin in a Chinese column spreads wide in
    // character index): the line must also be too wide for the column or not start at its edge.
    const crosses = j < k - 1 && e >= (cols.edges[j + 1] ?? 0) - 1;
    if (crosses && (s >= (cols.edges[j] ?? 0) + 5 || groupEm(tokens) > (cols.widthsEm[j] ?? 0) + 2)) return true;
    if (!inFlow && j < k - 1 && s > (cols.rights[j] ?? 0) + 2 && s < (cols.edges[j + 1] ?? 0) - EDGE_SLACK) return true;
  }
  // Inside a band a centred-looking line at a column edge is that column's text; at the top of a
  // band (after blank rows) a short centred line is a heading over the columns.
  const nearEdge = cols.edges.some((x) => s >= x - EDGE_SLACK && s <= x + 5);
  const atEdge = !first && nearEdge;
  // Short pieces only: a full-width row of two columns is also "centred" (unless the row stands
  // alone between blank rows and does not start at the first column's edge, like a long title).
  const short =
    groups.every((g) => groupEm(g.tokens) <= (cols.widthsEm[g.col] ?? 0) * 0.6) ||
    ((isolated || (first && groups.length === 1 && !nearEdge)) && s > (cols.edges[0] ?? 0) + 5) ||
    // A title over the middle column of three starts near that column's edge; at the top of a
    // band, a line that leaves a fifth of the column empty is no body line there.
    (first && groups.length === 1 && k >= 3 && groupEm(tokens) <= (cols.widthsEm[(groups[0] as Group).col] ?? 0) * 0.8);
  if (!inFlow && !atEdge && short && groups.length <= 2 && e > (cols.rights[0] ?? 0) + 1) {
    const band = (cols.rights[k - 1] ?? 0) - (cols.edges[0] ?? 0);
    const centre = (cols.edges[0] ?? 0) + band / 2;
    // pdftotext spreads justified Latin wider than a heading in character index, so a heading
    // centred on the page may sit well left of the band's centre: over the middle column at the
    // top of a band, a short unpunctuated line is given more room.
    const j = (groups[0] as Group).col;
    const lone = first && groups.length === 1 && j > 0 && j < k - 1 && !/[。．.，,；;：:]$/u.test((tokens[tokens.length - 1] as Token).text);
    return Math.abs((s + e) / 2 - centre) <= Math.max(3, band * (lone ? 0.12 : 0.06));
  }
  return false;
}

/** A short line centred under a spanning line continues it (a title broken over two lines). */
function continues(above: readonly Token[], below: readonly Token[]): boolean {
  if (above.length === 0 || below.length === 0) return false;
  const a0 = (above[0] as Token).start;
  const a1 = (above[above.length - 1] as Token).end;
  const b0 = (below[0] as Token).start;
  const b1 = (below[below.length - 1] as Token).end;
  return b0 > a0 && b1 - b0 < a1 - a0 && Math.abs((a0 + a1) / 2 - (b0 + b1) / 2) <= 3;
}

/** Joins neighbouring bands cut only by blank rows when they have the same columns (one section with a gap). */
function mergeAlike(rows: readonly (readonly Token[])[], bands: readonly Band[]): Band[] {
  const out: Band[] = [];
  for (const band of bands) {
    const prev = out[out.length - 1];
    if (prev && !prev.spanning && !band.spanning) {
      const a = estimateEdges(rows.slice(prev.from, prev.to + 1));
      const b = estimateEdges(rows.slice(band.from, band.to + 1));
      if (a.length === b.length && a.every((x, j) => Math.abs(x - (b[j] ?? 0)) <= 3)) {
        out[out.length - 1] = { from: prev.from, to: band.to, spanning: false };
        continue;
      }
    }
    out.push(band);
  }
  return out;
}
