import { CAPTION_START, HEADING_NUMBER, LIST_START, NOTE_START } from './classify.ts';
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

/**
 * Does `next` continue the paragraph that starts with `first` and whose last line is `prev`? All
 * are body lines. A paragraph opening with a list mark or a reference number ("[1]", "（2）")
 * at the column edge may hang: its later lines are indented to the text after the mark.
 */
function continuesBody(first: LayoutLine, prev: LayoutLine, next: LayoutLine, pitch: number): boolean {
  if (endsShort(prev) || Math.abs(prev.size - next.size) > 0.1 * Math.max(prev.size, next.size)) return false;
  const hanging = LIST_START.test(first.text) && next.x0 - first.x0 > INDENT_EM * next.size && !LIST_START.test(next.text);
  if (indented(next) && !hanging) return false;
  if (prev.colKey === next.colKey) return prev.y - next.y <= pitch * SPACING_FACTOR * next.size;
  return true;
}

/** Does `next` continue a multi-line block (heading, caption, footnote, equation) that ends with `prev`? */
function continuesBlock(prev: LayoutLine, next: LayoutLine): boolean {
  if (next.role === 'table') return false;
  if (next.role === 'caption' && CAPTION_START.test(next.text)) return false;
  if (next.role === 'footnote' && NOTE_START.test(next.text) && next.x0 - next.colX0 > 0.3 * next.size) return false;
  if (next.role === 'heading' && (HEADING_NUMBER.test(next.text) || next.font !== prev.font)) return false;
  if (next.role === 'code') return prev.colKey === next.colKey && prev.y - next.y <= 2.5 * next.size;
  if (next.role === 'equation') return prev.colKey === next.colKey && prev.y - next.y <= 2 * next.size;
  return prev.colKey === next.colKey && Math.abs(prev.size - next.size) < 0.5 && prev.y - next.y <= 1.8 * next.size;
}

/** Blocks that float beside the text or sit under it: a paragraph they interrupt runs on past them. */
const FLOATING: ReadonlySet<LayoutLine['role']> = new Set(['caption', 'footnote', 'table']);

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
      const captionsOnly = out.slice(bodyIndex + 1).every((g) => FLOATING.has(g.role));
      const first = body?.lines[0];
      if (body && last && first && (!interrupted || captionsOnly) && continuesBody(first, last, line, pitch)) {
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
    if (line.role === 'heading' || line.role === 'equation') body = null;
  }
  return out;
}
