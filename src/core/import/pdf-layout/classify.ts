import type { LayoutLine, PdfBox } from './types.ts';

/** Lines this much larger than the body size are headings. */
const HEADING_RATIO = 1.15;
/** A caption starts within this many font sizes of the image edge. */
const CAPTION_REACH_EM = 2.5;
/** Captions longer than this many lines are really body text that follows a figure. */
const MAX_CAPTION_LINES = 3;

/** How captions begin: "图 1", "表3", "Figure 2", "Table 1", "Photo 4"… */
export const CAPTION_START = /^(?:(?:图|表|圖|照片|插图)\s*[\d一二三四五六七八九十]|(?:Fig(?:ure)?\.?|Table|Photo|Plate|Chart)\s*\d)/i;

/**
 * The body font size of a document: the size that carries the most characters, rounded to
 * half a point. Headings and captions are judged against it.
 */
export function bodySize(lines: readonly LayoutLine[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const s = Math.round(l.size * 2) / 2;
    weight.set(s, (weight.get(s) ?? 0) + l.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [s, w] of weight) if (w > bestWeight) [best, bestWeight] = [s, w];
  return best;
}

/**
 * Marks headings: lines clearly larger than the body size, and short lines set entirely in a
 * bold face at body size or above (run-in bold inside a paragraph is mixed with regular text
 * and so not "entirely bold").
 */
export function markHeadings(lines: readonly LayoutLine[], body: number): void {
  for (const l of lines) {
    const larger = l.size >= body * HEADING_RATIO;
    const boldShort = l.bold && l.size >= body * 0.95 && [...l.text].length <= 40;
    if (larger || boldShort) l.role = 'heading';
  }
}

function overlapsX(l: LayoutLine, box: PdfBox): boolean {
  return Math.min(l.x1, box.x1) - Math.max(l.x0, box.x0) > 0;
}

/**
 * Marks captions: up to three consecutive lines in the same column that start just below (or end
 * just above) an image, overlap it horizontally, and are either set smaller than the body or
 * begin like a caption ("图 1", "Figure 2", "表3"). `ordered` must be in reading order.
 */
export function markCaptions(ordered: readonly LayoutLine[], imagesByPage: ReadonlyMap<number, readonly PdfBox[]>, body: number): void {
  for (let i = 0; i < ordered.length; i++) {
    const line = ordered[i];
    if (!line || line.role !== 'body') continue;
    const images = imagesByPage.get(line.page) ?? [];
    const looksLikeCaption = line.size < body * 0.95 || CAPTION_START.test(line.text);
    if (!looksLikeCaption) continue;
    const reach = CAPTION_REACH_EM * line.size;
    const top = line.y + line.size;
    const below = images.some((b) => overlapsX(line, b) && top <= b.y0 + 0.5 * line.size && b.y0 - top <= reach);
    const above = images.some((b) => overlapsX(line, b) && line.y >= b.y1 - 0.5 * line.size && line.y - b.y1 <= reach);
    if (!below && !above) continue;
    const group = [line];
    for (let j = i + 1; j < ordered.length && group.length <= MAX_CAPTION_LINES; j++) {
      const next = ordered[j];
      const prev = group[group.length - 1];
      if (!next || !prev || next.colKey !== prev.colKey || next.role !== 'body') break;
      if (Math.abs(next.size - line.size) > 0.5 || prev.y - next.y > 1.8 * line.size) break;
      group.push(next);
    }
    if (group.length > MAX_CAPTION_LINES) continue;
    for (const l of group) l.role = 'caption';
    i += group.length - 1;
  }
}
