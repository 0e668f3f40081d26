/**
 * One positioned run of text as a PDF text extractor reports it, in PDF user space (points,
 * origin bottom-left, y up). `x`,`y` are the baseline start; `size` is the font size
 * (the text-space height); `width` includes any trailing spacing the extractor measured.
 * Whitespace-only items are kept: they carry the width of wide spaces between words.
 */
export interface PdfTextItem {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
  readonly fontName: string;
  /** True when the font's name says bold/black/heavy (the extractor resolves the real name). */
  readonly bold: boolean;
}

/** An axis-aligned box in PDF user space (y up): where an image was painted. */
export interface PdfBox {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** Everything the layout reconstruction needs from one page. `number` is 1-based. */
export interface PdfPageContent {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
  readonly images: readonly PdfBox[];
}

/**
 * Role of a line once classified. Furniture never reaches this stage. `footnote`, `equation`,
 * `table` (a row of cells) and `code` are kept as text but as their own kinds.
 */
export type LineRole = 'body' | 'heading' | 'caption' | 'footnote' | 'equation' | 'table' | 'code';

/**
 * A horizontal run of text on one baseline, inside one column (rows are split at gutters).
 * Mutable fields are filled in by later stages (column assignment, role).
 */
export interface LayoutLine {
  readonly page: number;
  readonly text: string;
  readonly x0: number;
  readonly x1: number;
  /** Baseline. */
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  /** The extractor's id of the font most of the line's characters (Chinese ones first) are set in. */
  readonly font: string;
  /** How many pieces separated by a wide gap the line was merged from (table cells, an equation and its number). */
  readonly parts: number;
  /** Where each part after the first starts (x), for telling table columns from wide word spaces. */
  readonly cells: readonly number[];
  /** Width per character in font sizes for an all-ASCII line (0 otherwise); constant in fixed-pitch type. */
  readonly advance: number;
  role: LineRole;
  /** Left and right edge of the column the line sits in (set by the reading-order stage). */
  colX0: number;
  colX1: number;
  /** Identifies the column (page, band and column index) so paragraph logic knows when it changes. */
  colKey: string;
}
