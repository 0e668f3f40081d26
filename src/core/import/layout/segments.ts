import { displayWidth } from '../paragraphs/char-class.ts';

/**
 * A run of text on one row of a layout dump, separated from its neighbours by a wide gap.
 * Positions are given in two metrics because pdftotext places text by character index while a
 * reader sees display columns (wide characters count 2); the importer picks per page whichever
 * keeps columns straighter.
 */
export interface Segment {
  readonly text: string;
  /** Start / end (exclusive) as code-point index in the row. */
  readonly charStart: number;
  readonly charEnd: number;
  /** Start / end (exclusive) in display columns. */
  readonly dispStart: number;
  readonly dispEnd: number;
}

/** The two position metrics of {@link Segment}. */
export type Metric = 'char' | 'disp';

/** Start of `seg` in `metric`. */
export function segStart(seg: Segment, metric: Metric): number {
  return metric === 'char' ? seg.charStart : seg.dispStart;
}

/** End (exclusive) of `seg` in `metric`. */
export function segEnd(seg: Segment, metric: Metric): number {
  return metric === 'char' ? seg.charEnd : seg.dispEnd;
}

/**
 * Splits one row into segments at runs of at least `minGap` spaces (tabs expand to 8). Shorter
 * space runs stay inside the segment (justified text, `王  丹`). Assumes no newline in `row`.
 */
export function splitSegments(row: string, minGap = 3): Segment[] {
  const chars = Array.from(row.replace(/\r$/u, ''));
  const out: Segment[] = [];
  let charPos = 0;
  let disp = 0;
  let cur: { chars: string[]; cs: number; ds: number; ce: number; de: number; spaces: number } | undefined;
  const flush = (): void => {
    if (cur) out.push({ text: cur.chars.join('').trimEnd(), charStart: cur.cs, charEnd: cur.ce, dispStart: cur.ds, dispEnd: cur.de });
    cur = undefined;
  };
  for (const raw of chars) {
    const tab = raw === '\t';
    const width = tab ? 8 - (disp % 8) : displayWidth(raw);
    const span = tab ? width : 1;
    if (raw === ' ' || tab || raw === '\u3000' || raw === '\u00a0') {
      if (cur) {
        cur.spaces += tab ? width : raw === '\u3000' ? 2 : 1;
        if (cur.spaces >= minGap) flush();
        else cur.chars.push(' ');
      }
    } else {
      if (!cur) cur = { chars: [], cs: charPos, ds: disp, ce: charPos, de: disp, spaces: 0 };
      cur.chars.push(raw);
      cur.spaces = 0;
      cur.ce = charPos + 1;
      cur.de = disp + width;
    }
    charPos += span;
    disp += width;
  }
  flush();
  return out.filter((s) => s.text.length > 0);
}
