import type { LayoutLine, PdfBox } from './types.ts';

/** Lines this much larger than the body size are headings. */
const HEADING_RATIO = 1.15;
/** A caption starts within this many font sizes of the image edge. */
const CAPTION_REACH_EM = 2.5;
/** Captions longer than this many lines are really body text that follows a figure. */
const MAX_CAPTION_LINES = 3;
/** Headings found by font or numbering at body size are at most this many characters long. */
const MAX_HEADING_CHARS = 40;

/** How captions begin: "图 1", "表3", "Figure 2", "Table 1", "Photo 4"… */
export const CAPTION_START = /^(?:(?:图|表|圖|照片|插图)\s*[\d一二三四五六七八九十]|(?:Fig(?:ure)?\.?|Table|Photo|Plate|Chart)\s*\d)/i;

/**
 * How numbered headings begin in Chinese (and English) documents: 第一章 / 第2节, 一、, （一）,
 * 1.1 / 1.1.1, and a bare "1." / "1 " / "1" + U+3000 followed by the title. A number glued to a
 * measure word ("2019年") is not a heading number.
 */
export const HEADING_NUMBER = /^(?:第[一二三四五六七八九十百零\d]+[章节篇部编]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}(?:\.\d{1,2})+(?=[\s\u3000A-Za-z\p{Script=Han}])|\d{1,2}[.．、](?!\d)|\d{1,2}[\s\u3000]+(?=[\p{Script=Han}A-Z]))/u;

/** How list items and references begin: （1）, (1), [1], ①, 1), a)… */
export const LIST_START = /^(?:[（(]\d{1,3}[）)]|\[\d{1,3}\]|[\u2460-\u2473]|\d{1,3}\)|[a-z]\))/u;

/** How a footnote starts: a short number or note mark followed by text. */
export const NOTE_START = /^(?:\d{1,3}|[*†‡§\u2460-\u2473])\s*[^\d\s.,:;)）]/u;

/** The heading level its numbering implies (1 when unknown). */
export function headingLevel(text: string): number {
  const t = text.trim();
  if (/^第[一二三四五六七八九十百零\d]+[章编篇部]/u.test(t) || /^[一二三四五六七八九十]+、/u.test(t)) return 1;
  if (/^第[一二三四五六七八九十百零\d]+节/u.test(t) || /^[（(][一二三四五六七八九十]+[）)]/u.test(t)) return 2;
  const dotted = /^\d{1,2}((?:\.\d{1,2})+)(?=[\s\u3000A-Za-z\p{Script=Han}])/u.exec(t);
  if (dotted?.[1]) return 1 + (dotted[1].match(/\./g)?.length ?? 0);
  if (/^\d{1,2}[.．、](?!\d)/u.test(t)) return 3;
  return 1;
}

/**
 * The body font size of a document: the size (rounded to half a point) whose lines cover the most
 * page area. Area, not character count: small print (references, an English abstract, footnotes)
 * can hold more characters than the main text but covers less of the page.
 */
export function bodySize(lines: readonly LayoutLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + Math.max(l.x1 - l.x0, 0.5 * l.size) * l.size);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [s, w] of weight) if (w > bestWeight) [best, bestWeight] = [s, w];
  return best;
}

/** The font of the main text: the one whose body-size lines cover the most area. */
export function bodyFont(lines: readonly LayoutLine[], body: number): string {
  const weight = new Map<string, number>();
  for (const l of lines) if (Math.abs(l.size - body) <= 0.1 * body) weight.set(l.font, (weight.get(l.font) ?? 0) + (l.x1 - l.x0));
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

const TERMINAL = /[。；，：！？;,.:!?、]$/u;
const CJK = /\p{Script=Han}/u;

function endsShort(l: LayoutLine): boolean {
  return l.colX1 - l.x1 > 1.5 * l.size;
}

/** Text above `i` in its column ends there: nothing above, another column, a short line or extra space. */
function freeAbove(ordered: readonly LayoutLine[], i: number, pitch: number): boolean {
  const l = ordered[i] as LayoutLine;
  const prev = ordered[i - 1];
  if (!prev || prev.colKey !== l.colKey || prev.role !== 'body') return true;
  return endsShort(prev) || /[。！？]$/u.test(prev.text) || prev.y - l.y > pitch * 1.3 * l.size || prev.size > l.size * 1.1;
}

/** Text below `i` starts afresh: nothing below in the column, an indented line, another size or extra space. */
function freeBelow(ordered: readonly LayoutLine[], i: number, pitch: number): boolean {
  const l = ordered[i] as LayoutLine;
  const next = ordered[i + 1];
  if (!next || next.colKey !== l.colKey) return true;
  return next.x0 - next.colX0 > 0.8 * next.size || l.y - next.y > pitch * 1.3 * l.size || Math.abs(next.size - l.size) > 0.1 * l.size || next.font !== l.font || next.role !== 'body';
}

/**
 * Marks headings: lines clearly larger than the body size; short lines entirely in a bold face at
 * body size or above; and, at body size, short lines standing alone (the text above ends there and
 * the text below starts afresh) that are set in another font than the main text (黑体, 楷体) or
 * begin with a heading number (第一章, 一、, （一）, 1.1, "1."), and do not end like a sentence.
 */
export function markHeadings(ordered: readonly LayoutLine[], body: number, font = '', pitch = 1.3): void {
  ordered.forEach((l, i) => {
    if (l.role !== 'body') return;
    const larger = l.size >= body * HEADING_RATIO;
    const chars = [...l.text].length;
    const boldShort = l.bold && l.size >= body * 0.95 && chars <= MAX_HEADING_CHARS;
    if (larger || boldShort) {
      l.role = 'heading';
      return;
    }
    // Same size as the body, within rounding: small print (\small abstracts) is not a heading.
    if (Math.abs(l.size - body) > 0.05 * body || chars > MAX_HEADING_CHARS || TERMINAL.test(l.text) || CAPTION_START.test(l.text)) return;
    const otherFont = font !== '' && l.font !== font && CJK.test(l.text);
    const numbered = HEADING_NUMBER.test(l.text) && !LIST_START.test(l.text);
    if ((otherFont || numbered) && endsShort(l) && freeAbove(ordered, i, pitch) && freeBelow(ordered, i, pitch)) l.role = 'heading';
  });
}

function overlapsX(l: LayoutLine, box: PdfBox): boolean {
  return Math.min(l.x1, box.x1) - Math.max(l.x0, box.x0) > 0;
}

/** Set in the middle of its column with margin on both sides (titles of floats are centred). */
function centred(l: LayoutLine): boolean {
  const left = l.x0 - l.colX0;
  const right = l.colX1 - l.x1;
  return left > 1.5 * l.size && right > 1.5 * l.size && Math.abs(left - right) < 2 * l.size;
}

/**
 * Marks captions: up to three consecutive lines in the same column that either start just below
 * (or end just above) an image, overlap it horizontally, and are set smaller than the body or
 * begin like a caption ("图 1", "Figure 2", "表3"); or begin like a caption and are set apart from
 * running text (smaller, another font, or centred: a table's title has no image to sit by). A line
 * that begins like a caption starts a new one, so "图1 …" over "Fig. 1 …" are two captions.
 * `ordered` must be in reading order.
 */
export function markCaptions(ordered: readonly LayoutLine[], imagesByPage: ReadonlyMap<number, readonly PdfBox[]>, body: number, font = ''): void {
  for (let i = 0; i < ordered.length; i++) {
    const line = ordered[i];
    if (!line || line.role !== 'body') continue;
    const images = imagesByPage.get(line.page) ?? [];
    const starts = CAPTION_START.test(line.text);
    const smaller = line.size < body * 0.95;
    if (!smaller && !starts) continue;
    // A small line that does not begin like a caption and runs on from the line above is small print, not a caption.
    const prev = ordered[i - 1];
    if (!starts && prev && prev.role === 'body' && prev.colKey === line.colKey && Math.abs(prev.size - line.size) < 0.5 && prev.y - line.y < 1.8 * line.size) continue;
    const reach = CAPTION_REACH_EM * line.size;
    const top = line.y + line.size;
    const below = images.some((b) => overlapsX(line, b) && top <= b.y0 + 0.5 * line.size && b.y0 - top <= reach);
    const above = images.some((b) => overlapsX(line, b) && line.y >= b.y1 - 0.5 * line.size && line.y - b.y1 <= reach);
    const apart = starts && (smaller || (font !== '' && line.font !== font) || centred(line));
    if (!below && !above && !apart) continue;
    const group = [line];
    for (let j = i + 1; j < ordered.length && group.length <= MAX_CAPTION_LINES; j++) {
      const next = ordered[j];
      const prev = group[group.length - 1];
      if (!next || !prev || next.colKey !== prev.colKey || next.role !== 'body' || CAPTION_START.test(next.text)) break;
      if (Math.abs(next.size - line.size) > 0.5 || prev.y - next.y > 1.8 * line.size) break;
      if (!centred(next) && centred(prev) && prev.x1 - prev.x0 < 0.8 * (prev.colX1 - prev.colX0)) break;
      group.push(next);
    }
    if (group.length > MAX_CAPTION_LINES) continue;
    for (const l of group) l.role = 'caption';
    i += group.length - 1;
  }
}

/**
 * Marks footnotes: the run of lines set smaller than the body at the foot of a column, below
 * extra space, whose first line starts with a note mark (a number or ①, *, †). Only a column that
 * also holds body-size text qualifies, so a column of small print (references) is left alone.
 */
export function markFootnotes(ordered: readonly LayoutLine[], body: number, pitch: number): void {
  let end = ordered.length;
  while (end > 0) {
    const key = ordered[end - 1]?.colKey;
    let start = end - 1;
    while (start > 0 && ordered[start - 1]?.colKey === key) start--;
    let k = end;
    while (k > start && (ordered[k - 1] as LayoutLine).size < body * 0.92 && (ordered[k - 1] as LayoutLine).role === 'body') k--;
    // The run [k, end) is small print at the column foot; it must start with a note mark below a gap.
    for (let first = k; first < end; first++) {
      const line = ordered[first] as LayoutLine;
      if (!NOTE_START.test(line.text)) continue;
      const above = ordered[first - 1];
      const hasBody = ordered.slice(start, first).some((l) => l.size >= body * 0.95);
      const gap = !above || above.colKey !== key || above.y - line.y > pitch * 1.05 * above.size;
      if (hasBody && gap && first === k) for (let m = first; m < end; m++) (ordered[m] as LayoutLine).role = 'footnote';
      break;
    }
    end = start;
  }
}

const EQUATION_NUMBER = /\(\d{1,3}(?:[.-]\d{1,3})?\)$/u;

/**
 * Marks table rows and display equations. A table row is a line of two or more cells (pieces far
 * apart on one baseline) in a run of at least two such lines, one of them with three or more
 * cells, no larger than the body. An equation is a line with little or no Chinese that ends in an
 * equation number "(3)" set apart from it, together with the centred lines without Chinese right
 * above and below it (numerator, denominator).
 */
export function markTablesAndEquations(ordered: readonly LayoutLine[], body: number): void {
  const isEquationLine = (l: LayoutLine): boolean => l.parts >= 2 && EQUATION_NUMBER.test(l.text) && [...l.text].filter((c) => CJK.test(c)).length <= 2;
  ordered.forEach((l, i) => {
    if (l.role !== 'body' || !isEquationLine(l)) return;
    l.role = 'equation';
    for (const step of [-1, 1]) {
      let prev = l;
      for (let j = i + step; ; j += step) {
        const m = ordered[j];
        const clear = !!m && m.x0 - m.colX0 > 2 * m.size && m.colX1 - m.x1 > 2 * m.size;
        if (!m || m.colKey !== l.colKey || m.role !== 'body' || CJK.test(m.text) || Math.abs(m.y - prev.y) > 1.6 * l.size || !clear) break;
        m.role = 'equation';
        prev = m;
      }
    }
  });
  for (let i = 0; i < ordered.length; ) {
    let j = i;
    const cells = (l: LayoutLine | undefined): boolean => !!l && l.role === 'body' && l.parts >= 2 && l.size <= body * 1.05 && !CAPTION_START.test(l.text);
    while (cells(ordered[j]) && (j === i || ((ordered[j - 1] as LayoutLine).colKey === (ordered[j] as LayoutLine).colKey && (ordered[j - 1] as LayoutLine).y - (ordered[j] as LayoutLine).y < 2.5 * body))) j++;
    const run = ordered.slice(i, j);
    // Table columns line up from row to row; the wide spaces of a loosely justified line do not.
    const aligned = run.every((l, k) => k === 0 || l.cells.some((x) => (run[k - 1] as LayoutLine).cells.some((y) => Math.abs(x - y) < 0.5 * l.size)));
    if (run.length >= 2 && aligned && run.some((l) => l.parts >= 3)) for (const l of run) l.role = 'table';
    i = Math.max(j, i + 1);
  }
}

/**
 * Marks code listings: runs of at least two ASCII lines in one column whose width per character
 * is the same to 1 % (fixed-pitch type; proportional text varies from line to line with its
 * letters), not justified to the column edge, one of them with the punctuation of code (; = ( ) { } < > # /).
 */
export function markCode(ordered: readonly LayoutLine[]): void {
  const same = (a: LayoutLine, b: LayoutLine): boolean => a.colKey === b.colKey && Math.abs(a.advance - b.advance) < 0.01 * a.advance && a.y - b.y < 2.5 * a.size;
  for (let i = 0; i < ordered.length; ) {
    let j = i + 1;
    const first = ordered[i] as LayoutLine;
    while (first.advance > 0 && first.role === 'body' && ordered[j]?.role === 'body' && same(ordered[j - 1] as LayoutLine, ordered[j] as LayoutLine)) j++;
    const run = ordered.slice(i, j);
    // Justified prose fills its lines to the column edge; a listing is ragged.
    const ragged = run.slice(0, -1).every((l) => l.colX1 - l.x1 > 0.5 * l.size);
    if (run.length >= 2 && ragged && run.some((l) => /[;=(){}<>#/]/.test(l.text))) for (const l of run) l.role = 'code';
    i = j;
  }
}
