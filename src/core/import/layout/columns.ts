import type { Metric, Segment } from './segments.ts';
import { segEnd, segStart } from './segments.ts';

/** A segment placed in a column: the row it came from and the segment (merged if it was split). */
export interface Placed {
  readonly row: number;
  readonly seg: Segment;
  /** Set when the layout shows extra vertical space before this line that row counting cannot (see `bands.ts`). */
  readonly spaceBefore?: number;
}

/** Columns of one text page, left to right, with the metric used and each column's median left / right edge. */
export interface ColumnSplit {
  readonly metric: Metric;
  readonly columns: Placed[][];
  readonly left: number[];
  readonly right: number[];
}

/**
 * Assigns the segments of each row (`rows[i]` = segments of row i, empty for blank or dropped
 * rows) to columns. The column count is the largest per-row segment count that is common (at
 * least a fifth of the text rows), so rows where a column is empty, a heading sits alone, or the
 * top of a column is cut by a picture still fit. Absolute positions are not trusted: each row is
 * matched to the columns by a small dynamic programme (order preserved, columns may be skipped,
 * neighbouring segments may merge) against running estimates of each column's left edge, centre
 * and right edge, updated row by row, so columns may drift. The metric (character index or
 * display width) is the one in which full rows line up best on this page.
 */
export function splitColumns(rows: readonly (readonly Segment[])[]): ColumnSplit {
  const textRows = rows.filter((r) => r.length > 0);
  const k = columnCount(textRows);
  const full = textRows.filter((r) => r.length === k);
  const metric = chooseMetric(full, k);
  const left: number[] = [];
  const right: number[] = [];
  for (let j = 0; j < k; j++) {
    left.push(median(full.map((r) => segStart(r[j] as Segment, metric))));
    right.push(median(full.map((r) => segEnd(r[j] as Segment, metric))));
  }
  const curL = left.slice();
  const curR = right.slice();
  const columns: Placed[][] = Array.from({ length: k }, () => []);
  rows.forEach((segs, rowIndex) => {
    if (segs.length === 0) return;
    const groups = segs.length === k ? segs.map((s, j) => ({ col: j, segs: [s] })) : assignRow(segs, curL, curR, metric);
    for (const g of groups) {
      const seg = g.segs.length === 1 ? (g.segs[0] as Segment) : mergeSegments(g.segs);
      columns[g.col]?.push({ row: rowIndex, seg });
      const a = segStart(seg, metric);
      const b = segEnd(seg, metric);
      const width = (curR[g.col] ?? b) - (curL[g.col] ?? a);
      if (segs.length === k || Math.abs(a - (curL[g.col] ?? a)) <= Math.max(3, width * 0.12)) curL[g.col] = a;
      if (b - a >= width * 0.75) curR[g.col] = b;
    }
  });
  return { metric, columns, left, right };
}

function columnCount(textRows: readonly (readonly Segment[])[]): number {
  const hist = new Map<number, number>();
  for (const r of textRows) hist.set(r.length, (hist.get(r.length) ?? 0) + 1);
  let best = 1;
  for (const [c, n] of hist) if (c > best && n >= Math.max(2, textRows.length * 0.2)) best = c;
  return best;
}

function chooseMetric(full: readonly (readonly Segment[])[], k: number): Metric {
  const spread = (metric: Metric): number => {
    let total = 0;
    for (let j = 0; j < k; j++) {
      const xs = full.map((r) => segStart(r[j] as Segment, metric));
      const m = median(xs);
      total += median(xs.map((x) => Math.abs(x - m))) + mean(xs.map((x) => Math.abs(x - m))) * 0.25;
    }
    return total;
  };
  return spread('char') < spread('disp') ? 'char' : 'disp';
}

interface Group {
  col: number;
  segs: Segment[];
}

/** Order-preserving assignment of a row's segments to columns, minimising alignment cost. */
function assignRow(segs: readonly Segment[], curL: readonly number[], curR: readonly number[], metric: Metric): Group[] {
  const m = segs.length;
  const k = curL.length;
  const cost = (from: number, to: number, col: number): number => {
    const a = segStart(segs[from] as Segment, metric);
    const b = segEnd(segs[to - 1] as Segment, metric);
    const l = curL[col] ?? 0;
    const r = curR[col] ?? 0;
    const w = Math.max(1, r - l);
    let c = Math.min(Math.abs(a - l), Math.abs((a + b) / 2 - (l + r) / 2) * 1.1 + 1, Math.abs(b - r) * 1.2 + 1);
    if (b - a > w * 1.4 + 4) c += b - a - w * 1.4;
    return c + (to - from - 1) * (8 + w * 0.1);
  };
  // best[i][j]: min cost with the first i segments placed and the last group in column j − 1 (j = 0: none).
  const INF = Number.POSITIVE_INFINITY;
  const best = Array.from({ length: m + 1 }, () => new Array<number>(k + 1).fill(INF));
  const back = Array.from({ length: m + 1 }, () => new Array<[number, number]>(k + 1).fill([0, 0]));
  (best[0] as number[])[0] = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j <= k; j++) {
      const base = best[i]?.[j] ?? INF;
      if (base === INF) continue;
      for (let to = i + 1; to <= Math.min(m, i + 3); to++) {
        for (let col = j; col < k; col++) {
          const c = base + cost(i, to, col);
          if (c < (best[to]?.[col + 1] ?? INF)) {
            (best[to] as number[])[col + 1] = c;
            (back[to] as [number, number][])[col + 1] = [i, j];
          }
        }
      }
    }
  }
  let j = 0;
  for (let c = 1; c <= k; c++) if ((best[m]?.[c] ?? INF) < (best[m]?.[j] ?? INF)) j = c;
  const groups: Group[] = [];
  let i = m;
  while (i > 0) {
    const [pi, pj] = back[i]?.[j] ?? [0, 0];
    groups.unshift({ col: j - 1, segs: segs.slice(pi, i) });
    i = pi;
    j = pj;
  }
  return groups;
}

function mergeSegments(segs: readonly Segment[]): Segment {
  const first = segs[0] as Segment;
  const last = segs[segs.length - 1] as Segment;
  return {
    text: segs.map((s) => s.text).join(' '),
    charStart: first.charStart,
    charEnd: last.charEnd,
    dispStart: first.dispStart,
    dispEnd: last.dispEnd,
  };
}

/** Median of `xs` (0 for an empty list). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

function mean(xs: readonly number[]): number {
  return xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length;
}
