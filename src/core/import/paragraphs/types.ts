/**
 * Input of the paragraph assembler. Any importer that can say, for each printed line, where it
 * starts and how long it is relative to its column can feed it: the layout-text importer
 * (pdftotext -layout dumps, positions estimated from character columns) and the PDF importer
 * (real coordinates). All lengths are in ems of the body font, so the thresholds mean the same
 * thing for both: a Chinese first-line indent is about 2 em, a full Chinese line is its measure.
 *
 * How to compute the fields from PDF coordinates (x grows to the right, one column of text):
 * - `indentEm` = (line.x0 − column.left) / bodyFontSize, where column.left is the column's flush
 *   left edge near this line (e.g. the median x0 of its neighbours), NOT the minimum x0;
 * - `widthEm` = (line.x1 − line.x0) / bodyFontSize;
 * - `measureEm` = (column.right − column.left) / bodyFontSize, the width a full line fills;
 * - `spaceBefore` = (gap between this line's top and the previous line's bottom − normal
 *   leading) / line height, rounded to halves; 0 for lines at normal leading;
 * - `sizeRatio` = this line's font size / body font size, when known.
 */
export interface AssemblerLine {
  /** The line's text with its internal spacing normalised (no leading/trailing spaces, single spaces). */
  readonly text: string;
  /** Distance from the column's flush left edge to the first glyph, in ems (≈0 for ordinary lines, ≈2 for a Chinese first line). May be slightly negative from noise. */
  readonly indentEm: number;
  /** Length of the printed line, in ems. */
  readonly widthEm: number;
  /** Width of a full line of this column at this height, in ems (the measure). */
  readonly measureEm: number;
  /**
   * Extra vertical space above the line, in line heights (0 = normal leading, 1 = one empty line).
   * Space alone never splits a sentence: it only confirms a break the text already suggests.
   */
  readonly spaceBefore: number;
  /** Font size relative to the body text (1 = body), when the importer knows it. */
  readonly sizeRatio?: number;
  /** True when the line is set in a bold face, when the importer knows it. */
  readonly bold?: boolean;
  /**
   * True for a line set apart from the column flow (a title or heading spanning the columns):
   * it is always a block of its own, a heading when its wording allows, and a paragraph cut off
   * mid-sentence before it continues after it.
   */
  readonly standalone?: boolean;
}

/**
 * One column (or any other independent flow segment, such as a sidebar) in reading order. Columns
 * are given in reading order; a paragraph may continue from the last line of one column into the
 * first line of the next, including across pages.
 */
export interface AssemblerColumn {
  /** 1-based page the column is on (becomes `SourceBlock.page` of blocks starting here). */
  readonly page: number;
  readonly lines: readonly AssemblerLine[];
}

/** Options of the assembler. */
export interface AssemblerOptions {
  /**
   * Slack in ems when deciding whether the next line's first word would still have fitted on a
   * short line (the sign that the short line ended its paragraph). Default 1.
   */
  readonly fitSlackEm?: number;
  /** Minimal first-line indent, in ems, that counts as a paragraph start. Default 1.2. */
  readonly minIndentEm?: number;
  /**
   * Treat a line that begins like a caption (`图 1`, `表3`, `Figure 2`, `Table 1`) as a one-line
   * `caption` block. Off by default: importers that know where figures are (PDF) mark captions
   * themselves; the layout-text importer, which does not, turns it on.
   */
  readonly captionCues?: boolean;
}
