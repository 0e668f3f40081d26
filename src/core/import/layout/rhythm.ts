import type { Placed } from './columns.ts';

type Relation = 'S' | 'D';

/**
 * pdftotext gives every distinct baseline of a band its own row, so columns set with the same
 * leading interleave in a fixed pattern: a line of column A shares its row with column B, or
 * always falls between two of B's rows. Extra space in one column (paragraph spacing, which a
 * layout without first-line indents relies on) moves that column's baselines down against its
 * neighbour's and shifts the pattern: from shared rows to distinct ones or back, or two of B's
 * lines between consecutive lines of A. The shift shows in both columns' row sequences, but only
 * the column that took the extra space makes a longer step (in rows) to the line where the
 * pattern changes than its neighbour makes to its own line there: only that column's line is
 * marked, with one line of space, which the assembler uses to confirm a break the text already
 * suggests (a finished sentence). Mutates `columns` (replaces entries).
 */
export function markPhaseShifts(columns: Placed[][]): void {
  const rowSets = columns.map((c) => new Set(c.map((p) => p.row)));
  const sorted = columns.map((c) => c.map((p) => p.row));
  const relation = (row: number, c: number): Relation | undefined => {
    const set = rowSets[c] as Set<number>;
    if (set.has(row)) return 'S';
    return set.has(row - 1) || set.has(row + 1) ? 'D' : undefined;
  };
  // Rows column `c` advanced to reach its line nearest row `row` (on or just after it).
  const stepOf = (c: number, row: number): number | undefined => {
    const rows = sorted[c] as number[];
    const k = rows.findIndex((r) => r >= row);
    if (k <= 0) return undefined;
    return (rows[k] as number) - (rows[k - 1] as number);
  };
  const marks: [number, number][] = [];
  columns.forEach((placed, j) => {
    for (let i = 1; i < placed.length; i++) {
      const r0 = (placed[i - 1] as Placed).row;
      const r1 = (placed[i] as Placed).row;
      const shifted = columns.some((_, c) => {
        if (c === j) return false;
        const between = (sorted[c] as number[]).filter((r) => r > r0 && r < r1).length;
        if (between >= 2) return true;
        // A lasting change only: a blank row in the other column changes one relation, not two.
        const before = placed[i - 2];
        const after = placed[i + 1];
        if (!before || !after) return false;
        const a = relation(r0, c);
        const b = relation(r1, c);
        if (!(a !== undefined && b !== undefined && a !== b && relation(before.row, c) === a && relation(after.row, c) === b)) return false;
        // The neighbour's line at the change: on this row (now shared), or the one next to it that
        // this column's previous line did not already meet.
        const other = stepOf(c, b === 'S' ? r1 : Math.max(r0 + 1, r1 - 1));
        return other === undefined || r1 - r0 >= other;
      });
      if (shifted) marks.push([j, i]);
    }
  });
  for (const [j, i] of marks) {
    const placed = columns[j] as Placed[];
    placed[i] = { ...(placed[i] as Placed), spaceBefore: 1 };
  }
}
