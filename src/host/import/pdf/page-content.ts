import type { PdfBox, PdfPageContent, PdfTextItem } from '../../../core/import/pdf-layout/index.ts';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

type Matrix = [number, number, number, number, number, number];

/** The pdfjs OPS codes the image scan needs (passed in so this file does not load pdfjs itself). */
export interface ImageOps {
  readonly save: number;
  readonly restore: number;
  readonly transform: number;
  readonly formBegin: number;
  readonly formEnd: number;
  /** Every "paint an image" operator: XObject, inline, mask, repeat, group variants. */
  readonly paints: ReadonlySet<number>;
}

const BOLD = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|w[6-9]\b/i;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function isMatrix(value: unknown): value is Matrix {
  return Array.isArray(value) && value.length === 6 && value.every((v) => typeof v === 'number');
}

function unitSquare(m: Matrix, dx: number, dy: number): PdfBox {
  const xs = [m[4], m[0] + m[4], m[2] + m[4], m[0] + m[2] + m[4]].map((x) => x - dx);
  const ys = [m[5], m[1] + m[5], m[3] + m[5], m[1] + m[3] + m[5]].map((y) => y - dy);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/**
 * Where images were painted on a page, found by replaying the operator list's transforms
 * (save/restore, cm, form XObject matrices): an image fills the unit square of the current
 * transform. Boxes are shifted so the page's view box starts at (0, 0).
 */
export function imageBoxes(fnArray: readonly number[], argsArray: readonly unknown[], ops: ImageOps, dx: number, dy: number): PdfBox[] {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const boxes: PdfBox[] = [];
  fnArray.forEach((fn, i) => {
    const args = argsArray[i];
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform && isMatrix(args)) ctm = multiply(args, ctm);
    else if (fn === ops.formBegin) {
      stack.push(ctm);
      const m = Array.isArray(args) ? args[0] : null;
      if (isMatrix(m)) ctm = multiply(m, ctm);
    } else if (fn === ops.formEnd) ctm = stack.pop() ?? ctm;
    else if (ops.paints.has(fn)) boxes.push(unitSquare(ctm, dx, dy));
  });
  return boxes.filter((b) => b.x1 - b.x0 > 2 && b.y1 - b.y0 > 2);
}

/** Records whether each font used on `page` is bold; fonts are in `commonObjs` once the operator list was built. */
function learnFonts(page: PDFPageProxy, fontNames: Iterable<string>, cache: Map<string, boolean>): void {
  for (const fontName of fontNames) {
    if (cache.has(fontName)) continue;
    try {
      if (!page.commonObjs.has(fontName)) continue;
      const font = page.commonObjs.get(fontName) as { name?: unknown; bold?: unknown } | null;
      cache.set(fontName, font?.bold === true || (typeof font?.name === 'string' && BOLD.test(font.name)));
    } catch {
      cache.set(fontName, false);
    }
  }
}

/**
 * One page's text as pdfjs reports it: items with baseline position (shifted so the view box
 * starts at 0,0), width, font size from the text matrix and the pdfjs font id. `bold` is left
 * false here; {@link withFonts} fills it in once font names are known.
 */
export async function readText(page: PDFPageProxy): Promise<PdfPageContent> {
  const [vx0 = 0, vy0 = 0, vx1 = 0, vy1 = 0] = page.view;
  const content = await page.getTextContent();
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str.length === 0) continue;
    const t = item.transform as number[];
    const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height;
    items.push({ str: item.str, x: (t[4] ?? 0) - vx0, y: (t[5] ?? 0) - vy0, width: item.width, size, fontName: item.fontName, bold: false });
  }
  return { number: page.pageNumber, width: vx1 - vx0, height: vy1 - vy0, items, images: [] };
}

/**
 * Builds the page's operator list (the costly part of reading a page) to find image boxes and to
 * load the page's fonts, whose real names (with `fontExtraProperties: true`) tell bold faces
 * apart; boldness is stored in `boldCache` by pdfjs font id.
 */
export async function readImages(page: PDFPageProxy, fontNames: Iterable<string>, ops: ImageOps, boldCache: Map<string, boolean>): Promise<PdfBox[]> {
  const [vx0 = 0, vy0 = 0] = page.view;
  const opList = await page.getOperatorList();
  learnFonts(page, fontNames, boldCache);
  return imageBoxes(opList.fnArray, opList.argsArray, ops, vx0, vy0);
}

/** The page with each item's `bold` taken from `boldCache` (unknown fonts count as regular). */
export function withFonts(page: PdfPageContent, boldCache: ReadonlyMap<string, boolean>): PdfPageContent {
  return { ...page, items: page.items.map((it) => ({ ...it, bold: boldCache.get(it.fontName) ?? false })) };
}
