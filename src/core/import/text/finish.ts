import type { BlockKind, DroppedLine, ImportFormat, ImportResult, SourceBlock } from '../../model/index.ts';
import { AppError } from '../../model/index.ts';
import { repairPunctuation } from '../punctuation/index.ts';

/** Options shared by the text-like importers (plain text, Markdown, HTML, DOCX). */
export interface TextImportOptions {
  /** Turn half-width punctuation in Chinese text full-width; on unless explicitly `false`. */
  readonly repairPunctuation?: boolean;
  /** Encoding the bytes were decoded from, reported in `layout.encoding`. */
  readonly encoding?: string;
}

/** A block as an importer first finds it, before length limits and punctuation repair. */
export interface RawBlock {
  readonly kind: BlockKind;
  readonly text: string;
}

/**
 * Longest block (UTF-16 units) an importer keeps whole. A real paragraph is far shorter; longer
 * runs are split at sentence ends so one giant line cannot freeze the editor.
 */
export const MAX_BLOCK_LENGTH = 20_000;

// A sentence end with any closing quotes/brackets that belong to it.
// ASCII marks count only before a space or the end, so `3.14`, `a!b` or `<!--` are not cut.
const SENTENCE_END = /[。！？；…]+[”’"'」』）)\]]*|[.!?;]+(?=[\s”’"')\]]|$)[”’"'）)\]]*/gu;

/**
 * Cuts `text` into pieces of at most {@link MAX_BLOCK_LENGTH} units at sentence ends.
 * Throws `import:errors.paragraphTooLong` when a single sentence is longer than the limit.
 */
export function splitLongText(text: string): string[] {
  if (text.length <= MAX_BLOCK_LENGTH) return [text];
  const pieces: string[] = [];
  let start = 0;
  let lastCut = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    const end = match.index + match[0].length;
    if (end - start > MAX_BLOCK_LENGTH) {
      if (lastCut === start) break;
      pieces.push(text.slice(start, lastCut).trim());
      start = lastCut;
      if (end - start > MAX_BLOCK_LENGTH) break;
    }
    lastCut = end;
  }
  if (text.length - start > MAX_BLOCK_LENGTH && lastCut > start) {
    pieces.push(text.slice(start, lastCut).trim());
    start = lastCut;
  }
  if (text.length - start > MAX_BLOCK_LENGTH) {
    throw new AppError('import:errors.paragraphTooLong', { limit: MAX_BLOCK_LENGTH });
  }
  pieces.push(text.slice(start).trim());
  return pieces.filter((piece) => piece !== '');
}

/**
 * Turns an importer's raw blocks into an {@link ImportResult}: drops empty blocks, splits
 * over-long ones, applies punctuation repair (unless `options.repairPunctuation === false`) and
 * counts the repairs. Throws `import:errors.noParagraphs` when nothing translatable is left.
 */
export function finishImport(
  format: ImportFormat,
  raw: readonly RawBlock[],
  dropped: readonly DroppedLine[],
  options: TextImportOptions = {},
): ImportResult {
  const repair = options.repairPunctuation !== false;
  const paragraphs: SourceBlock[] = [];
  let punctuationRepairs = 0;
  for (const block of raw) {
    const trimmed = block.text.trim();
    if (trimmed === '') continue;
    for (const piece of splitLongText(trimmed)) {
      if (!repair) {
        paragraphs.push({ kind: block.kind, text: piece });
        continue;
      }
      const repaired = repairPunctuation(piece);
      punctuationRepairs += repaired.changes;
      paragraphs.push({ kind: block.kind, text: repaired.text });
    }
  }
  if (paragraphs.length === 0) throw new AppError('import:errors.noParagraphs');
  const layout = { format, pages: 0, columnsPerPage: [], ...(options.encoding ? { encoding: options.encoding } : {}) };
  return { paragraphs, dropped, layout, punctuationRepairs };
}
