import type { AssemblerLine } from '../paragraphs/types.ts';
import { emWidth } from '../paragraphs/char-class.ts';
import type { Placed } from './columns.ts';
import { median } from './columns.ts';
import type { Metric } from './segments.ts';
import { segEnd, segStart } from './segments.ts';

/** Options of {@link columnLines}. */
export interface ColumnLineOptions {
  /** Measure to use for every line (e.g. the page width for a line spanning the columns). */
  readonly measureEm?: number;
  /** Count only rows beyond the column's usual row step as space (for interleaved narrow-gutter dumps). */
  readonly normaliseLeading?: boolean;
  /** Mark the lines as set apart from the column flow (see `AssemblerLine.standalone`). */
  readonly standalone?: boolean;
}

/**
 * Turns one column of placed segments into assembler lines. The flush-left edge is the median
 * start of the neighbouring lines (so drift and a picture narrowing the column are followed, and
 * first-line indents stand out); the measure is a high percentile of nearby line lengths; one
 * text unit is converted to ems from the column's own text (≈1 em per character index for
 * Chinese in pdftotext output, 0.5 em per display column). `rowContent[r]` says whether row r has
 * any text in the page: a row that is blank everywhere counts as one line of space, a row with
 * text only in other columns as half (pdftotext interleaves rows of neighbouring columns).
 */
export function columnLines(
  placed: readonly Placed[],
  metric: Metric,
  rowContent: readonly boolean[],
  options: ColumnLineOptions = {},
): AssemblerLine[] {
  const n = placed.length;
  if (n === 0) return [];
  const starts = placed.map((p) => segStart(p.seg, metric));
  const texts = placed.map((p) => p.seg.text.replace(/\s+/gu, ' ').trim());
  const emPerUnit =
    median(placed.map((p, i) => emWidth(texts[i] ?? '') / Math.max(1, segEnd(p.seg, metric) - segStart(p.seg, metric)))) || 0.5;
  // Flush lines outnumber first lines, and drift is symmetric: a low percentile finds the edge.
  const indents = starts.map((s, i) => (s - percentile(starts.slice(Math.max(0, i - 6), i + 7), 0.35)) * emPerUnit);
  const widths = texts.map((t) => emWidth(t));
  const steps = placed.map((p, i) => (i > 0 ? p.row - (placed[i - 1] as Placed).row : 1));
  return placed.map((p, i) => {
    // Widths do not drift with the line's position, so the measure comes from widths alone.
    const measure = options.measureEm ?? percentile(widths.slice(Math.max(0, i - 5), i + 6), 0.7);
    let space = 0;
    const prevRow = i > 0 ? (placed[i - 1] as Placed).row : p.row;
    for (let r = prevRow + 1; r < p.row; r++) space += rowContent[r] ? 0.5 : 1;
    if (options.normaliseLeading) {
      // pdftotext may print a column at every other row (loose leading, or a neighbour's baselines
      // in between): only rows beyond the column's usual step are extra space.
      const usual = percentile(steps.slice(Math.max(1, i - 4), i + 5), 0.5);
      const step = steps[i] ?? 1;
      space = step <= usual ? 0 : (space * (step - usual)) / Math.max(1, step - 1);
    }
    if (p.spaceBefore !== undefined) space = Math.max(space, p.spaceBefore);
    return {
      text: texts[i] ?? '',
      indentEm: indents[i] ?? 0,
      widthEm: widths[i] ?? 0,
      measureEm: Math.max(measure, widths[i] ?? 0),
      ...(options.standalone ? { standalone: true } : {}),
      spaceBefore: space,
    };
  });
}

function percentile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * q))] ?? 0;
}
