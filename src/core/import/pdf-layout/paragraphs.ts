import type { LayoutLine } from './types.ts';

/** A first line indented by more than this many font sizes starts a paragraph. */
const INDENT_EM = 0.8;
/** A line ending this many font sizes short of its column edge ends a paragraph. */
const SHORT_EM = 1.5;
/** Baseline distance above the usual line pitch by this factor means paragraph spacing. */
const SPACING_FACTOR = 1.3;

/** Lines that belong to one paragraph, in reading order, with the paragraph's role. */
export interface LineGroup {
  readonly role: LayoutLine['role'];
  readonly lines: LayoutLine[];
}

/** Usual baseline-to-baseline distance in body text, as a multiple of the font size. */
export function linePitch(ordered: readonly LayoutLine[]): number {
  const ratios: number[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const a = ordered[i - 1];
    const b = ordered[i];
    if (!a || !b || a.colKey !== b.colKey || a.role !== 'body' || b.role !== 'body') continue;
    const d = (a.y - b.y) / b.size;
    if (d > 0.9 && d < 3) ratios.push(d);
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)] ?? 1.3;
}

function indented(l: LayoutLine): boolean {
  return l.x0 - l.colX0 > INDENT_EM * l.size;
}

function endsShort(l: LayoutLine): boolean {
  return l.colX1 - l.x1 > SHORT_EM * l.size;
}

/** Does `next` continue the paragraph whose last line is `prev`? Both are body lines. */
function continuesBody(prev: LayoutLine, next: LayoutLine, pitch: number): boolean {
  if (indented(next) || endsShort(prev)) return false;
  if (prev.colKey === next.colKey) return prev.y - next.y <= pitch * SPACING_FACTOR * next.size;
  return true;
}

/** Does `next` continue a multi-line heading or caption that ends with `prev`? */
function continuesBlock(prev: LayoutLine, next: LayoutLine): boolean {
  return prev.colKey === next.colKey && Math.abs(prev.size - next.size) < 0.5 && prev.y - next.y <= 1.8 * next.size;
}

/**
 * Splits lines in reading order into paragraphs. Body paragraphs break at a first-line indent,
 * after a line that stops short of the column edge, or at extra vertical space; otherwise they
 * run on, including into the next column or page. Headings and captions are their own blocks
 * (multi-line ones are kept together). A caption met inside a running body paragraph does not
 * end it: the paragraph is emitted first and the caption right after it.
 */
export function groupParagraphs(ordered: readonly LayoutLine[]): LineGroup[] {
  const pitch = linePitch(ordered);
  const out: LineGroup[] = [];
  let body: LineGroup | null = null;
  let bodyIndex = -1;
  let block: LineGroup | null = null;
  for (const line of ordered) {
    if (line.role === 'body') {
      block = null;
      const last = body?.lines[body.lines.length - 1];
      const interrupted = out.length - 1 !== bodyIndex;
      const captionsOnly = out.slice(bodyIndex + 1).every((g) => g.role === 'caption');
      if (body && last && (!interrupted || captionsOnly) && continuesBody(last, line, pitch)) {
        body.lines.push(line);
      } else {
        body = { role: 'body', lines: [line] };
        out.push(body);
        bodyIndex = out.length - 1;
      }
      continue;
    }
    const last = block?.lines[block.lines.length - 1];
    if (block && last && block.role === line.role && out[out.length - 1] === block && continuesBlock(last, line)) {
      block.lines.push(line);
      continue;
    }
    block = { role: line.role, lines: [line] };
    out.push(block);
    if (line.role === 'heading') body = null;
  }
  return out;
}
