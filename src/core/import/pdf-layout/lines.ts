import { isCjk } from '../paragraphs/index.ts';
import { normalizePdfText } from './normalize.ts';
import type { LayoutLine, PdfTextItem } from './types.ts';

/** A gap wider than this many font sizes inside a row separates two columns (or a gutter). */
const SEGMENT_GAP_EM = 0.7;
/** Full-width punctuation whose ink fills only the left half of its advance. */
const HALF_INK_END = /[，。、；：？！）》」』”’]$/u;
/** Inside a line, white space wider than this many font sizes separates cells. */
const CELL_GAP_EM = 1.05;
/** Baselines closer than this many font sizes belong to one row. */
const ROW_TOLERANCE_EM = 0.3;

interface Piece {
  readonly str: string;
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
  readonly bold: boolean;
  readonly font: string;
  readonly blank: boolean;
  /** Empty advance cut off `x1` (hanging full-width punctuation); added back when measuring spaces. */
  readonly trim: number;
}

function lastChar(text: string): string {
  const t = text.trimEnd();
  if (t.length === 0) return '';
  const low = t.charCodeAt(t.length - 1);
  const at = low >= 0xdc00 && low <= 0xdfff && t.length >= 2 ? t.length - 2 : t.length - 1;
  return String.fromCodePoint(t.codePointAt(at) ?? 0);
}

function firstChar(text: string): string {
  const t = text.trimStart();
  return t.length === 0 ? '' : String.fromCodePoint(t.codePointAt(0) ?? 0);
}

const CJK_SIDE = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
/** Spaces between CJK and CJK, or CJK and Latin/digits: justification and auto-spacing, not text. */
const CJK_SPACES = new RegExp(`(?<=${CJK_SIDE}) +(?=${CJK_SIDE}|[A-Za-z0-9])|(?<=${CJK_SIDE}|[A-Za-z0-9%]) +(?=${CJK_SIDE})`, 'gu');

/**
 * Text of one segment. A gap next to a CJK character is either typesetting (justification, the
 * automatic spacing around Latin words and digits) and dropped, or, when it is about one em or
 * wider, an ideographic space (U+3000) as Chinese titles and captions use. Between Latin
 * characters any visible gap is one space.
 */
function segmentText(pieces: readonly Piece[]): { text: string; cells: number[] } {
  let text = '';
  const cells: number[] = [];
  let pendingWidth = 0;
  let prevEnd: number | null = null;
  for (const p of pieces) {
    const gap = prevEnd === null ? 0 : Math.max(0, p.x0 - prevEnd);
    if (p.blank) {
      pendingWidth += gap + (p.x1 - p.x0);
      prevEnd = Math.max(prevEnd ?? p.x1, p.x1);
      continue;
    }
    const space = pendingWidth + gap;
    // A gap wider than a quad (U+3000 between a number and a title) separates table cells or an equation from its number.
    if (text.length > 0 && space > CELL_GAP_EM * p.size) cells.push(p.x0);
    if (text.length > 0 && (space > 0.15 * p.size || pendingWidth > 0)) {
      const cjk = isCjk(lastChar(text)) || isCjk(firstChar(p.str));
      if (cjk) text += space >= 0.8 * p.size ? '\u3000'.repeat(Math.round(space / p.size)) : '';
      else if (!/\s$/.test(text)) text += ' ';
    }
    text += p.str;
    pendingWidth = 0;
    prevEnd = p.x1 + p.trim;
  }
  return { text: text.replace(CJK_SPACES, '').trim(), cells };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function toLine(page: number, y: number, pieces: readonly Piece[]): LayoutLine | null {
  const { text, cells } = segmentText(pieces);
  const solid = pieces.filter((p) => !p.blank);
  if (text.length === 0 || solid.length === 0) return null;
  const boldChars = solid.reduce((n, p) => n + (p.bold ? p.str.length : 0), 0);
  const allChars = solid.reduce((n, p) => n + p.str.length, 0);
  const fontChars = new Map<string, number>();
  for (const p of solid) {
    // Chinese characters decide the line's font: digits and Latin letters often come from another face.
    const cjk = [...p.str].filter((ch) => isCjk(ch)).length;
    fontChars.set(p.font, (fontChars.get(p.font) ?? 0) + cjk * 100 + p.str.length);
  }
  const font = [...fontChars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  // Width per character, for ASCII lines only: equal from line to line in a fixed-pitch font.
  const advance = /^[\x20-\x7e]+$/.test(text) ? (Math.max(...solid.map((p) => p.x1 + p.trim)) - Math.min(...solid.map((p) => p.x0))) / (text.length * median(solid.map((p) => p.size))) : 0;
  return {
    page,
    text,
    x0: Math.min(...solid.map((p) => p.x0)),
    x1: Math.max(...solid.map((p) => p.x1)),
    y,
    size: median(solid.map((p) => p.size)),
    bold: boldChars * 2 > allChars,
    font,
    parts: 1 + cells.length,
    cells,
    advance,
    role: 'body',
    colX0: 0,
    colX1: 0,
    colKey: '',
  };
}

interface Row<M> {
  y: number;
  size: number;
  members: M[];
}

/** A superscript or subscript is set at most this share of its line's size. */
const SCRIPT_SIZE = 0.85;
/** …and its baseline sits at most this many of the line's sizes above (or 0.4 below) the line's. */
const SCRIPT_RISE = 0.65;

/**
 * Moves superscripts and subscripts (citation and footnote marks, affiliation marks, exponents,
 * indices) into the row of the text they touch: a small piece whose baseline is raised or lowered
 * would otherwise form a line of its own. A piece moves only when it is set clearly smaller than
 * the row, sits within a fraction of an em of its baseline and touches one of its pieces horizontally.
 */
function attachScripts<M extends { it: PdfTextItem; blank: boolean }>(rows: Row<M>[]): void {
  rows.forEach((row, i) => {
    for (const m of [...row.members]) {
      if (m.blank) continue;
      for (const j of [i + 1, i - 1, i + 2, i - 2]) {
        const base = rows[j];
        if (!base || base.members.length === 0 || m.it.size > SCRIPT_SIZE * base.size) continue;
        const dy = m.it.y - base.y;
        if (dy > SCRIPT_RISE * base.size || dy < -0.4 * base.size || Math.abs(dy) < 0.05 * base.size) continue;
        const reach = 0.4 * base.size;
        const touches = base.members.some(
          (b) => !b.blank && b.it.size > m.it.size && (Math.abs(b.it.x + b.it.width - m.it.x) < reach || Math.abs(m.it.x + m.it.width - b.it.x) < reach),
        );
        if (!touches) continue;
        row.members.splice(row.members.indexOf(m), 1);
        base.members.push({ ...m, it: { ...m.it, y: base.y } });
        break;
      }
    }
  });
}

/**
 * Groups one page's text items into lines: items on a shared baseline form a row, and a row is
 * split wherever the horizontal gap exceeds about one em, so side-by-side columns never share a
 * line. Whitespace items count as covered space (wide justified spaces do not split a row).
 * Returns lines top to bottom, left to right; text is normalised with {@link normalizePdfText}.
 */
export function buildLines(page: number, items: readonly PdfTextItem[]): LayoutLine[] {
  const pieces = items
    .filter((it) => it.str.length > 0 && it.size > 0)
    .map((it) => {
      const str = normalizePdfText(it.str);
      return { it, str, blank: str.trim().length === 0 };
    })
    .filter((p) => p.str.length > 0)
    .sort((a, b) => b.it.y - a.it.y || a.it.x - b.it.x);
  const rows: Row<(typeof pieces)[number]>[] = [];
  for (const p of pieces) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row.y - p.it.y) <= ROW_TOLERANCE_EM * Math.max(row.size, p.it.size)) {
      row.members.push(p);
      if (!p.blank) row.size = Math.max(row.size, p.it.size);
    } else {
      rows.push({ y: p.it.y, size: p.blank ? 0 : p.it.size, members: [p] });
    }
  }
  attachScripts(rows);
  const lines: LayoutLine[] = [];
  for (const row of rows) {
    if (row.members.length === 0) continue;
    const sorted = row.members
      .map((m) => ({
        str: m.str,
        x0: m.it.x,
        // Trailing full-width punctuation may hang into the gutter by half an em of empty advance.
        x1: m.it.x + Math.max(0, m.it.width) - (HALF_INK_END.test(m.str) ? 0.5 * m.it.size : 0),
        trim: HALF_INK_END.test(m.str) ? 0.5 * m.it.size : 0,
        size: m.it.size,
        bold: m.it.bold,
        font: m.it.fontName,
        blank: m.blank,
      }))
      .sort((a, b) => a.x0 - b.x0);
    let current: Piece[] = [];
    let end = -Infinity;
    const rowY = median(row.members.filter((m) => !m.blank).map((m) => m.it.y));
    for (const piece of sorted) {
      if (current.length > 0 && piece.x0 - end > SEGMENT_GAP_EM * piece.size) {
        const line = toLine(page, rowY, current);
        if (line) lines.push(line);
        current = [];
      }
      current.push(piece);
      end = Math.max(end, piece.x1);
    }
    const line = toLine(page, rowY, current);
    if (line) lines.push(line);
  }
  return lines;
}
