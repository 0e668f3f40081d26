import { LIMITS, limitError } from '../../limits/index.ts';
import type { BlockKind, DroppedLine, ImportResult } from '../../model/index.ts';
import { finishImport, splitLongText, type RawBlock, type TextImportOptions } from '../text/finish.ts';
import { splitLines } from '../text/import-text.ts';
import { joinLines } from '../text/join.ts';
import { stripInline } from './inline.ts';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}> ?/;
const LIST = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const RAW_HTML_OPEN = /^ {0,3}<(script|style|pre|textarea)[\s>]/i;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const CODE_PREVIEW = 200;

/** Accumulates one Markdown document's blocks; `quoted` turns every block into a quote. */
class BlockCollector {
  readonly blocks: RawBlock[] = [];
  readonly dropped: DroppedLine[];
  private readonly quoted: boolean;
  private lines: string[] = [];
  private kind: BlockKind = 'body';

  constructor(dropped: DroppedLine[], quoted: boolean) {
    this.dropped = dropped;
    this.quoted = quoted;
  }

  get open(): boolean {
    return this.lines.length > 0;
  }

  get openKind(): BlockKind {
    return this.kind;
  }

  start(kind: BlockKind, line: string): void {
    this.flush();
    this.kind = kind;
    this.lines.push(line);
  }

  add(line: string): void {
    if (!this.open) this.kind = 'body';
    this.lines.push(line);
  }

  push(kind: BlockKind, text: string): void {
    this.flush();
    this.emit(kind, text);
  }

  /** Ends the open paragraph, turning it into a heading when a setext underline follows. */
  flush(asHeading = false): void {
    if (!this.open) return;
    const hardBreaks = this.lines.map((line) => line.replace(/(?: {2,}|\\)$/, '').trim());
    this.emit(asHeading ? 'heading' : this.kind, joinLines(hardBreaks));
    this.lines = [];
  }

  private emit(kind: BlockKind, markdown: string): void {
    // Cut giant paragraphs first (or refuse them), so inline stripping only ever sees bounded text.
    for (const piece of splitLongText(markdown)) {
      const text = stripInline(piece, this.dropped).trim();
      if (text !== '') this.blocks.push({ kind: this.quoted ? 'quote' : kind, text });
    }
  }
}

function frontMatterEnd(lines: readonly string[]): number {
  const first = lines[0]?.trim();
  if (first !== '---' && first !== '+++') return 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (line === first || (first === '---' && line === '...')) return i + 1;
  }
  return 0;
}

function tableCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

/** Skips lines from `start` until one matching `end` (inclusive); returns the index after it. */
function skipUntil(lines: readonly string[], start: number, end: (line: string) => boolean): number {
  let i = start;
  while (i < lines.length && !end(lines[i] ?? '')) i++;
  return Math.min(i + 1, lines.length);
}

function parseBlocks(lines: readonly string[], collector: BlockCollector, depth = 0): void {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    const fence = FENCE.exec(line);
    if (fence) {
      collector.flush();
      const marker = fence[1] ?? '```';
      const close = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
      const end = skipUntil(lines, i + 1, (candidate) => close.test(candidate));
      const code = lines.slice(i + 1, end).filter((candidate) => !close.test(candidate)).join('\n');
      if (code.trim()) collector.dropped.push({ reason: 'markup', text: code.slice(0, CODE_PREVIEW) });
      i = end;
      continue;
    }
    if (line.trim() === '') {
      collector.flush();
      i++;
      continue;
    }
    if (/^ {0,3}<!--/.test(line)) {
      collector.flush();
      i = skipUntil(lines, i, (candidate) => candidate.includes('-->'));
      continue;
    }
    const rawHtml = RAW_HTML_OPEN.exec(line);
    if (rawHtml) {
      collector.flush();
      const close = `</${(rawHtml[1] ?? '').toLowerCase()}`;
      i = skipUntil(lines, i, (candidate) => candidate.toLowerCase().includes(close));
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      collector.push('heading', atx[2] ?? '');
      i++;
      continue;
    }
    if (collector.open && collector.openKind === 'body' && SETEXT.test(line)) {
      collector.flush(true);
      i++;
      continue;
    }
    if (THEMATIC.test(line)) {
      collector.flush();
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      collector.flush();
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] ?? '')) inner.push((lines[i++] ?? '').replace(QUOTE, ''));
      const nested = new BlockCollector(collector.dropped, true);
      // Each level re-reads its lines, so depth bounds both the stack and the quadratic work.
      if (depth + 1 > LIMITS.nestingDepth) throw limitError('nestingDepth', depth + 1);
      parseBlocks(inner, nested, depth + 1);
      nested.flush();
      for (const block of nested.blocks) collector.blocks.push(block);
      continue;
    }
    if (line.includes('|') && TABLE_DELIMITER.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').includes('-')) {
      collector.flush();
      for (const cell of tableCells(line)) collector.push('body', cell);
      i += 2;
      while (i < lines.length && (lines[i] ?? '').includes('|') && (lines[i] ?? '').trim() !== '') {
        for (const cell of tableCells(lines[i] ?? '')) collector.push('body', cell);
        i++;
      }
      continue;
    }
    const list = LIST.exec(line);
    if (list && !(collector.open && /^\d/.test(line.trim()) && collector.openKind === 'body')) {
      collector.start('list-item', line.slice(list[0].length));
      i++;
      continue;
    }
    if (!collector.open && LINK_DEFINITION.test(line)) {
      i++;
      continue;
    }
    collector.add(line);
    i++;
  }
}

/**
 * Imports Markdown (CommonMark plus GFM tables) as plain blocks: ATX and setext headings →
 * heading, list items → list-item, block quotes → quote, paragraphs and table cells → body.
 * Inline markup is stripped (link text kept, images and fenced code sent to `dropped` with reason
 * `markup`), HTML tags are removed as text (never rendered), front matter and link definitions
 * are dropped. Indented code blocks are kept as prose: Chinese text often indents paragraphs.
 */
export function importMarkdown(markdown: string, options: TextImportOptions = {}): ImportResult {
  const lines = splitLines(markdown);
  const dropped: DroppedLine[] = [];
  const frontEnd = frontMatterEnd(lines);
  if (frontEnd > 0) dropped.push({ reason: 'markup', text: lines.slice(0, frontEnd).join('\n').slice(0, CODE_PREVIEW) });
  const collector = new BlockCollector(dropped, false);
  parseBlocks(lines.slice(frontEnd), collector);
  collector.flush();
  return finishImport('markdown', collector.blocks, dropped, options);
}
