import type { BlockKind, DroppedLine, SourceBlock } from '../../model/index.ts';
import { bodyFont, bodySize, HEADING_NUMBER, headingLevel, LIST_START, markCaptions, markCode, markFootnotes, markHeadings, markTablesAndEquations } from './classify.ts';
import { splitFurniture } from './furniture.ts';
import { joinLines } from './join.ts';
import { buildLines } from './lines.ts';
import { groupParagraphs, linePitch } from './paragraphs.ts';
import type { LineGroup } from './paragraphs.ts';
import { repairPunctuation } from '../punctuation/index.ts';
import { orderPage } from './reading-order.ts';
import type { LayoutLine, PdfBox, PdfPageContent } from './types.ts';

export type { LayoutLine, PdfBox, PdfPageContent, PdfTextItem } from './types.ts';
export { normalizePdfText } from './normalize.ts';
export { itemBodySize, pageNeedsImages } from './page-hints.ts';
export { joinLines } from './join.ts';

/** Options of {@link reconstructLayout}. */
export interface LayoutOptions {
  /** Turn half-width punctuation inside Chinese text full-width (default false). */
  readonly repairPunctuation?: boolean;
  /**
   * Joins a paragraph's lines into text; defaults to {@link joinLines}. Swap in a shared assembler
   * here. `isCompound` tells whether the document spells a hyphenated word with its hyphen mid-line.
   */
  readonly join?: (lines: readonly string[], isCompound: (hyphenated: string) => boolean) => string;
}

/** What the layout reconstruction found: everything of an ImportResult except the format tag. */
export interface ReconstructedLayout {
  readonly paragraphs: SourceBlock[];
  readonly dropped: DroppedLine[];
  readonly columnsPerPage: number[];
  readonly punctuationRepairs: number;
}

const KIND: Readonly<Record<LayoutLine['role'], BlockKind>> = {
  body: 'body',
  heading: 'heading',
  caption: 'caption',
  footnote: 'footnote',
  equation: 'equation',
  table: 'table',
  code: 'code',
};

/** Personal names (2–4 hanzi, or a given and family name in Latin letters) separated by spaces or commas. */
const NAMES = /^(?:[\p{Script=Han}·]{2,4}|[A-Z][a-z]+ [A-Z][a-z]+)(?:[\s\u3000,，、]+(?:[\p{Script=Han}·]{2,4}|[A-Z][a-z]+ [A-Z][a-z]+))*[\d*,]*$/u;

/** The author line right under a document's title: one short line of names, before any body text. */
function isByline(group: LineGroup, before: readonly SourceBlock[]): boolean {
  const line = group.lines[0];
  if (!line || group.lines.length !== 1 || (group.role !== 'heading' && group.role !== 'body')) return false;
  const text = line.text.trim();
  // One name alone needs no separator but must be short: two to four hanzi.
  const several = /[\s\u3000,，、]/u.test(text) || /^[\p{Script=Han}]{2,4}$/u.test(text);
  return before.length === 1 && before[0]?.kind === 'heading' && line.page === 1 && NAMES.test(text) && several;
}

/**
 * Rebuilds paragraphs from positioned PDF text: lines → running heads, feet and folios dropped
 * (by position and repetition across pages) → per-page bands and columns → reading order →
 * headings and captions → paragraphs that run on across columns and pages → joined text.
 * Pure; pages must be in document order.
 */
export function reconstructLayout(pages: readonly PdfPageContent[], options: LayoutOptions = {}): ReconstructedLayout {
  const join = options.join ?? joinLines;
  const raw = pages.map((p) => buildLines(p.number, p.items));
  const { kept, dropped } = splitFurniture(pages, raw);
  const columnsPerPage: number[] = [];
  const ordered: LayoutLine[] = [];
  pages.forEach((p, i) => {
    const { lines, columns } = orderPage(p.number, kept[i] ?? [], p.images);
    columnsPerPage.push(columns);
    ordered.push(...lines);
  });
  const body = bodySize(ordered);
  const font = bodyFont(ordered, body);
  const pitch = linePitch(ordered);
  markCode(ordered);
  markTablesAndEquations(ordered, body);
  markFootnotes(ordered, body, pitch);
  markHeadings(ordered, body, font, pitch);
  const images = new Map<number, readonly PdfBox[]>(pages.map((p) => [p.number, p.images]));
  markCaptions(ordered, images, body, font);
  const compounds = new Set<string>();
  for (const l of ordered) for (const m of l.text.matchAll(/[A-Za-z]+-[A-Za-z]+/g)) compounds.add(m[0].toLowerCase());
  const isCompound = (word: string): boolean => compounds.has(word);
  let punctuationRepairs = 0;
  const paragraphs: SourceBlock[] = [];
  for (const group of groupParagraphs(ordered)) {
    // A listing keeps its line breaks; everything else is running text.
    let text = group.role === 'code' ? group.lines.map((l) => l.text).join('\n') : join(group.lines.map((l) => l.text), isCompound);
    if (options.repairPunctuation) {
      const repaired = repairPunctuation(text);
      text = repaired.text;
      punctuationRepairs += repaired.changes;
    }
    if (text.length === 0) continue;
    const kind = group.role === 'body' && LIST_START.test(text) ? 'list-item' : isByline(group, paragraphs) ? 'byline' : KIND[group.role];
    const page = group.lines[0]?.page ?? 1;
    paragraphs.push(kind === 'heading' ? { kind, text, page, level: HEADING_NUMBER.test(text) ? headingLevel(text) : 1 } : { kind, text, page });
  }
  return { paragraphs, dropped, columnsPerPage, punctuationRepairs };
}
