import type { BlockKind, BlockStatus, DroppedLine, LayoutFacts, SourceBlock } from '../core/model/index.ts';

/** A project as the UI sees it once it is open. `path` is the project's `.duizhao` file. */
export interface ProjectInfo {
  readonly path: string;
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly documents: readonly DocumentInfo[];
}

/** One imported source document inside a project. */
export interface DocumentInfo {
  readonly id: number;
  readonly title: string;
  readonly blockCount: number;
}

/** One row of the editor: a source block with its translation. Ids are stable for the project's life. */
export interface BlockDto {
  readonly id: number;
  readonly documentId: number;
  /** 0-based position in the document. */
  readonly index: number;
  readonly kind: BlockKind;
  readonly source: string;
  readonly target: string;
  readonly status: BlockStatus;
  /** ISO 8601 time of the last change to target or status. */
  readonly updatedAt: string;
  /**
   * The SOURCE text's sentences as UTF-16 ranges `[start, end)` of `source`: in order, covering
   * it with no gaps (whitespace after a sentence belongs to it); empty for empty source. Split
   * once at import (core/text/sentences.ts) and stored with the block, since the source never
   * changes. English sentences are not stored: they change with every keystroke.
   */
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
}

/** An earlier English version of one block. */
export interface RevisionDto {
  readonly id: number;
  readonly blockId: number;
  readonly target: string;
  readonly status: BlockStatus;
  readonly createdAt: string;
}

/** A project the user opened before, most recent first. `exists` is false when the file is gone. */
export interface RecentProject {
  readonly path: string;
  readonly name: string;
  readonly openedAt: string;
  readonly exists: boolean;
}

/** What the UI needs at start: the open project (if any) and the recent list. */
export interface SessionInfo {
  readonly project: ProjectInfo | null;
  readonly recent: readonly RecentProject[];
}

/** Progress counts; defined in core so the host and the UI count the same way. */
export type { ProjectStats } from '../core/model/index.ts';

/** Options an importer honours; all optional with product defaults. */
export interface ImportOptions {
  /** Restore full-width punctuation between CJK characters (default true). */
  readonly repairPunctuation?: boolean;
  /** Block kinds left out of the project (not translated), e.g. footnotes and table rows (default none). */
  readonly excludeKinds?: readonly BlockKind[];
}

/** A file handed over from the UI: its name (for the format) and its bytes as base64. */
export interface FilePayload {
  readonly fileName: string;
  readonly dataBase64: string;
}

/** What the import preview shows before anything is written. */
export interface ImportPreview {
  readonly paragraphs: readonly SourceBlock[];
  readonly dropped: readonly DroppedLine[];
  readonly layout: LayoutFacts;
  readonly punctuationRepairs: number;
}
