import { CAPTION_START } from './classify.ts';
import type { PdfPageContent } from './types.ts';

/** Same band as the furniture detector: running heads and folios are set small but are not captions. */
const EDGE_BAND = 0.12;

/**
 * The body font size of a document from raw items: the size (rounded to half a point) that
 * carries the most characters.
 */
export function itemBodySize(pages: readonly PdfPageContent[]): number {
  const weight = new Map<number, number>();
  for (const p of pages)
    for (const it of p.items) {
      const chars = it.str.trim().length;
      if (chars === 0) continue;
      const s = Math.round(it.size * 2) / 2;
      weight.set(s, (weight.get(s) ?? 0) + chars);
    }
  let best = 0;
  let bestWeight = -1;
  for (const [s, w] of weight) if (w > bestWeight) [best, bestWeight] = [s, w];
  return best;
}

/**
 * Whether a page needs its images and font names (an expensive operator list) for a correct
 * reconstruction: when it uses a font whose boldness is not known yet, or has text that could be
 * a caption (set smaller than the body away from the page edges, or starting like "图1"/"Figure 2").
 * Other pages are reconstructed from text alone; an uncaptioned figure there only leaves a gap.
 */
export function pageNeedsImages(page: PdfPageContent, bodySize: number, knownFonts: ReadonlySet<string> | ReadonlyMap<string, boolean>): boolean {
  for (const it of page.items) {
    const text = it.str.trim();
    if (text.length === 0) continue;
    if (!knownFonts.has(it.fontName)) return true;
    const nearEdge = it.y > page.height * (1 - EDGE_BAND) || it.y < page.height * EDGE_BAND;
    if ((!nearEdge && it.size < bodySize * 0.95) || CAPTION_START.test(text)) return true;
  }
  return false;
}
