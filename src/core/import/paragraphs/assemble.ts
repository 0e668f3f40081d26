import type { BlockKind, SourceBlock } from '../../model/index.ts';
import {
  endsMidSentence,
  endsSentence,
  firstTokenEm,
  headingWording,
  isBylineText,
  isCaptionText,
  startsWithEnumerator,
} from './cues.ts';
import { isCjk } from './char-class.ts';
import { hyphenatedWords, joinKeepingCompounds } from './join.ts';
import type { AssemblerColumn, AssemblerLine, AssemblerOptions } from './types.ts';

interface FlowLine extends AssemblerLine {
  readonly page: number;
  /** True for the first line of a column: indentation is then compared with 0, not the previous line. */
  readonly columnStart: boolean;
}

/**
 * Joins printed lines, column after column, into paragraphs, headings and bylines.
 *
 * A new paragraph starts after a finished sentence (`endsSentence`) when the finished line left
 * room for the next line's first word, or the next line is indented (first-line indent), or the
 * next line starts with a strong enumerator (（一）, 二、, 1.), or blank space separates them.
 * A line that ends mid-sentence never ends a paragraph, whatever the spacing, so a column or
 * page change, or a stray blank row from another column, does not split text.
 * A heading is a short line with heading wording (no end punctuation) that follows a finished
 * paragraph and is centred, enumerated, larger or bold, followed by an indented line, or set off
 * by space. Credit lines (责任编辑：…, By …) become `byline` blocks and never join neighbours.
 * Blocks carry the page of their first line. Text is joined with {@link joinKeepingCompounds}
 * (hyphens of words the document also spells hyphenated mid-line are kept).
 */
export function assembleParagraphs(columns: readonly AssemblerColumn[], options: AssemblerOptions = {}): SourceBlock[] {
  const slack = options.fitSlackEm ?? 1;
  const minIndent = options.minIndentEm ?? 1.2;
  const lines: FlowLine[] = [];
  for (const column of columns) {
    column.lines.forEach((line, i) => {
      if (line.text.trim().length > 0) lines.push({ ...line, text: line.text.trim(), page: column.page, columnStart: i === 0 });
    });
  }

  const compounds = hyphenatedWords(lines.map((l) => l.text));
  const join = (acc: string, next: string): string => joinKeepingCompounds(acc, next, (w) => compounds.has(w));
  const roomFor = (p: FlowLine, n: FlowLine): boolean => {
    const gap = p.measureEm - Math.max(0, p.indentEm) - p.widthEm;
    return gap >= firstTokenEm(n.text) + slack;
  };
  const indented = (p: FlowLine | undefined, n: FlowLine): boolean => {
    // An opening bracket or quote squeezed to half an em sits up to an em off the grid.
    if (n.indentEm < minIndent + (OPENING_START.test(n.text) ? 1 : 0)) return false;
    if (!p || n.columnStart) return true;
    return n.indentEm - Math.max(0, Math.min(p.indentEm, n.indentEm - minIndent)) >= minIndent * 0.75;
  };
  const paragraphEnds = (p: FlowLine, n: FlowLine, listOpen = false): boolean => {
    // Closing punctuation never begins a line of its own (kinsoku): a squeezed mark pushed to the
    // line start still belongs to the sentence before it.
    if (CLOSING_START.test(n.text)) return false;
    // List items ending in ；or ，each start afresh when the next one is numbered too.
    if (listOpen && startsWithEnumerator(n.text)) return true;
    if (endsMidSentence(p.text)) return false;
    // A line closing a bracket around Latin text (an aside or abstract the typesetter cut off)
    // ends its block as a sentence would.
    if (endsSentence(p.text) || closesAside(p.text)) {
      return roomFor(p, n) || indented(p, n) || startsWithEnumerator(n.text) || n.spaceBefore >= 1;
    }
    // No end mark (headings, lists, captions): need two signs that a new block starts.
    return roomFor(p, n) && (indented(p, n) || n.spaceBefore >= 1 || startsWithEnumerator(n.text));
  };
  const centred = (l: FlowLine): boolean => {
    const right = l.measureEm - l.indentEm - l.widthEm;
    return l.indentEm >= 1.5 && right >= 1.5 && Math.abs(l.indentEm - right) <= Math.max(1.5, l.measureEm * 0.15);
  };
  const isHeading = (p: FlowLine | undefined, h: FlowLine, n: FlowLine | undefined, prevKind: BlockKind | undefined): boolean => {
    if (!headingWording(h.text, h.widthEm) || h.widthEm > h.measureEm * 0.8 || isBylineText(h.text)) return false;
    const after = !p || prevKind === 'heading' || prevKind === 'byline' || endsSentence(p.text) || (h.spaceBefore >= 1 && roomFor(p, h));
    if (!after) return false;
    // The next line's first word would have fitted: the short line ends its block on purpose.
    // (Indent counts up to a first-line indent only, so centred headings still qualify.)
    if (n && h.measureEm - h.widthEm - Math.min(Math.max(0, h.indentEm), 2.5) < firstTokenEm(n.text) + slack) return false;
    // A short unpunctuated line that follows a finished sentence and ends its own block is a
    // one-line block without end punctuation: a heading in prose. The cues below only matter when
    // the line ends like a sentence (a question as heading, say).
    if (!endsSentence(h.text)) return true;
    return (
      centred(h) ||
      startsWithEnumerator(h.text) ||
      (h.sizeRatio ?? 1) >= 1.15 ||
      h.bold === true ||
      (h.spaceBefore >= 1 && (n === undefined || n.spaceBefore >= 1))
    );
  };

  const blocks: { kind: BlockKind; text: string; page: number }[] = [];
  let current: { kind: BlockKind; text: string; page: number } | undefined;
  let resume: { kind: BlockKind; text: string; page: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as FlowLine;
    const prev = lines[i - 1];
    const next = lines[i + 1];
    let kind: BlockKind = 'body';
    // A line that merely begins with "图 1" inside running text continues its paragraph.
    const continuing = !!current && current.kind === 'body' && !!prev && !paragraphEnds(prev, line);
    // It reads like running text (sentence punctuation inside), fills the measure and runs on
    // into the next line; a real caption there is a title that ends its own block.
    const runsOn = /[，。；、,;]/u.test(line.text) && line.widthEm >= 0.85 * line.measureEm && !!next && !isCaptionText(next.text) && !endsSentence(line.text) && !roomFor(line, next);
    const caption = options.captionCues === true && isCaptionText(line.text) && !(continuing && runsOn);
    // Table rows (cells apart by wide spaces, next to another such row) are one block each.
    const row = isTableRowText(line.text) && (isTableRowText(prev?.text ?? '') || isTableRowText(next?.text ?? ''));
    if (isBylineText(line.text)) kind = 'byline';
    else if (caption) kind = 'caption';
    else if (row) kind = 'table';
    else if (isHeading(prev, line, next, current?.kind)) kind = 'heading';
    const listOpen = !!current && startsWithEnumerator(current.text);
    const startNew =
      !current || !prev || kind !== 'body' || current.kind !== 'body' || paragraphEnds(prev, line, listOpen);
    // A caption is one line; whatever follows starts afresh.
    // A figure or a spanning heading may sit inside a paragraph: text cut mid-sentence resumes after it.
    if (kind === 'caption' || kind === 'table' || line.standalone === true) {
      if (kind === 'body' && headingWording(line.text, line.widthEm)) kind = 'heading';
      blocks.push({ kind, text: line.text, page: line.page });
      resume = current && current.kind === 'body' && !endsSentence(current.text) && !closesAside(current.text) ? current : undefined;
      current = undefined;
      continue;
    }
    if (resume && kind === 'body') {
      resume.text = join(resume.text, line.text);
      current = resume;
      resume = undefined;
      continue;
    }
    resume = undefined;
    if (startNew) {
      current = { kind, text: line.text, page: line.page };
      blocks.push(current);
    } else if (current) {
      current.text = join(current.text, line.text);
    }
  }
  return blocks.map((b) => ({ kind: b.kind, text: b.text, page: b.page }));
}

/** Punctuation that may not begin a line (kinsoku): closing marks, pauses and stops. */
const CLOSING_START = /^[，。、；：？！”’）》」』】〕〉…]/u;
/** Opening brackets and quotes, which typesetters squeeze to half an em at a line start. */
const OPENING_START = /^[“‘（《「『【〔〈]/u;

/** A row of a table: at least three cells apart by runs of two or more spaces (or ideographic spaces), not a sentence. */
function isTableRowText(text: string): boolean {
  const cells = text.trim().split(/\s{2,}|\u3000+/u).filter((c) => c.length > 0);
  return cells.length >= 3 && cells.every((c) => [...c].length <= 16) && !/[。！？]$/u.test(text.trim());
}

/** True when `text` ends by closing a bracket around Latin text (an aside or abstract the typesetter cut off). */
function closesAside(text: string): boolean {
  return /[)）]$/u.test(text) && !isCjk(Array.from(text).at(-2) ?? '');
}
