import type { DroppedLine, SourceBlock } from './block.ts';

/**
 * What every importer returns: the translatable blocks in reading order, what was dropped, and
 * facts about the layout that the import preview shows (pages, columns, punctuation repairs).
 * For unreadable or hostile input importers throw an `AppError` (code `errors.import.*`),
 * never anything else, and never write anywhere.
 */
export interface ImportResult {
  readonly paragraphs: readonly SourceBlock[];
  readonly dropped: readonly DroppedLine[];
  readonly layout: LayoutFacts;
  /** Number of half-width punctuation marks turned full-width (0 when repair was off). */
  readonly punctuationRepairs: number;
}

/** Layout facts detected while importing; zero when the format has no layout (Markdown, HTML). */
export interface LayoutFacts {
  readonly format: ImportFormat;
  readonly pages: number;
  /** Column count per page, in page order (empty for formats without columns). */
  readonly columnsPerPage: readonly number[];
  /** Text encoding that was detected for byte-oriented text formats. */
  readonly encoding?: string;
  /** Bytes that were not valid in `encoding` and were read as U+FFFD (damaged UTF-8); absent when none. */
  readonly invalidBytes?: number;
  /** Control characters (NUL, other C0 but tab/LF/CR, DEL) removed before storing; absent when none. */
  readonly controlsRemoved?: number;
}

/** The source formats Duizhao can import. */
export type ImportFormat = 'layout-text' | 'text' | 'markdown' | 'html' | 'docx' | 'pdf';

