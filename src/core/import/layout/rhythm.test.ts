import { describe, expect, it } from 'vitest';
import type { Placed } from './columns.ts';
import { markPhaseShifts } from './rhythm.ts';

/** A column whose lines sit on the given output rows (text and positions do not matter here). */
function column(...rows: number[]): Placed[] {
  return rows.map((row) => ({ row, seg: { text: `r${row}`, charStart: 0, charEnd: 1, dispStart: 0, dispEnd: 1 } }));
}

const spaced = (col: readonly Placed[]): number[] => col.filter((p) => p.spaceBefore !== undefined).map((p) => p.row);

describe('markPhaseShifts', () => {
  it('marks the column whose paragraph space moved its lines onto the rows of its neighbour', () => {
    // Left on even rows, right between them, until the left column takes extra space before
    // row 16: from there both share rows. The right column only stepped less (15 → 16).
    const left = column(10, 12, 14, 16, 17, 18);
    const right = column(11, 13, 15, 16, 17, 18);
    const cols = [left, right];
    markPhaseShifts(cols);
    expect(spaced(cols[0] as Placed[])).toEqual([16]);
    expect(spaced(cols[1] as Placed[])).toEqual([]);
  });
  it('marks the column that leaves shared rows by dropping below its neighbour', () => {
    // Shared rows until the right column takes extra space: left goes on at 13, right at 14.
    const left = column(10, 11, 12, 13, 15, 17);
    const right = column(10, 11, 12, 14, 16, 18);
    const cols = [left, right];
    markPhaseShifts(cols);
    expect(spaced(cols[0] as Placed[])).toEqual([]);
    expect(spaced(cols[1] as Placed[])).toEqual([14]);
  });
  it('leaves a steady interleave alone', () => {
    const cols = [column(0, 2, 4, 6, 8), column(1, 3, 5, 7, 9)];
    markPhaseShifts(cols);
    expect(cols.flatMap(spaced)).toEqual([]);
  });
});
