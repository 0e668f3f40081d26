import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import type { BlockStatus, ImportResult } from '../../core/model/index.ts';
import type { BlockDto, DocumentInfo, ProjectStats, RevisionDto } from '../../shared/dto.ts';
import { writeTransaction } from './transaction.ts';
import { schemaVersion } from './migrations/index.ts';
import { openDatabase } from './open.ts';
import { encodeSentences, sentenceLang } from './sentences.ts';
import { splitSentences } from '../../core/text/sentences.ts';
import { BLOCK_COLUMNS, toBlockDto, toRevisionDto } from './rows.ts';
import type { SegmentDraft, SegmentOrigin } from '../../core/segments/index.ts';
import type { ViewMode } from '../../shared/dto.ts';
import { fullBlockDto, insertInitialSegments, readSegments, segmentsForParagraphEdit, segmentsOfDocument, writeSegments } from './segment-store.ts';
import type { BlockRow, RevisionRow } from './rows.ts';
import { computeStats, type CountableBlock } from '../../core/model/index.ts';


/** Revisions of one block younger than this absorb further typing instead of adding a row. */
export const REVISION_COALESCE_MS = 60_000;

/** The `project` row plus the schema version. */
export interface ProjectMeta {
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly schemaVersion: number;
  readonly createdAt: string;
  /** The grid view last chosen (schema ≥ 6; 'sentence' by default). */
  readonly viewMode: ViewMode;
}

/** What a new project starts with. */
export interface NewProject {
  readonly name: string;
  readonly sourceLang: string;
  readonly targetLang: string;
}

/** One imported file to add to a project. */
export interface NewDocument {
  readonly title: string;
  readonly sourceFileName: string;
  readonly result: ImportResult;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * One open `.duizhao` file: the only code that runs SQL. All methods are synchronous (node:sqlite
 * is), every write is one transaction, and a failed write is rolled back and reported as an
 * AppError (`host:errors.diskFull` for SQLITE_FULL / I/O errors) with the file unchanged.
 * `now` arguments are epoch milliseconds, injected so tests control time.
 */
export class ProjectStore {
  readonly path: string;
  /** @internal The connection, for migration tests and diagnostics only. */
  readonly db: DatabaseSync;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.db = db;
  }

  /** Opens an existing project file (see {@link openDatabase} for locking and checks). */
  static open(path: string): ProjectStore {
    return new ProjectStore(path, openDatabase(path));
  }

  /** Creates a project file at `path`, which must not exist yet (callers write to a temp path). */
  static create(path: string, project: NewProject, now: number): ProjectStore {
    const store = new ProjectStore(path, openDatabase(path, { create: true }));
    try {
      store.#write(() => {
        store.db
          .prepare('INSERT INTO project (id, name, source_lang, target_lang, created_at) VALUES (1, ?, ?, ?, ?)')
          .run(project.name, project.sourceLang, project.targetLang, iso(now));
      });
    } catch (error) {
      store.close();
      throw error;
    }
    return store;
  }

  /** Name, languages, schema version and creation time. */
  meta(): ProjectMeta {
    const row = this.db.prepare('SELECT name, source_lang, target_lang, created_at, view_mode FROM project WHERE id = 1').get() as
      | { name: string; source_lang: string; target_lang: string; created_at: string; view_mode: string }
      | undefined;
    if (!row) throw new AppError('host:errors.projectCorrupt', { path: this.path });
    return {
      name: row.name,
      sourceLang: row.source_lang,
      targetLang: row.target_lang,
      schemaVersion: schemaVersion(this.db),
      createdAt: row.created_at,
      viewMode: row.view_mode === 'paragraph' ? 'paragraph' : 'sentence',
    };
  }

  /** Remembers the grid view for this project. */
  setViewMode(mode: ViewMode): void {
    this.#write(() => {
      this.db.prepare('UPDATE project SET view_mode = ? WHERE id = 1').run(mode);
    });
  }

  /** Documents in import order with their block counts. */
  documents(): DocumentInfo[] {
    const rows = this.db
      .prepare(
        `SELECT d.id AS id, d.title AS title, (SELECT count(*) FROM blocks b WHERE b.document_id = d.id) AS n
         FROM documents d ORDER BY d.id`,
      )
      .all() as { id: number; title: string; n: number }[];
    return rows.map((row) => ({ id: row.id, title: row.title, blockCount: row.n }));
  }

  /**
   * Adds an imported document and its blocks (all `new`, no English) in one transaction; returns
   * its id. Each block's source sentences are split here, once, and stored with it.
   */
  addDocument(document: NewDocument, now: number): number {
    return this.#write(() => {
      const { result } = document;
      const layout = { ...result.layout, punctuationRepairs: result.punctuationRepairs };
      const inserted = this.db
        .prepare(
          `INSERT INTO documents (title, source_file_name, format, imported_at, dropped_json, layout_json)
           VALUES (?, ?, ?, ?, ?, ?)`,
        )
        .run(document.title, document.sourceFileName, result.layout.format, iso(now), JSON.stringify(result.dropped), JSON.stringify(layout));
      const documentId = Number(inserted.lastInsertRowid);
      const insertBlock = this.db.prepare(
        `INSERT INTO blocks (document_id, position, kind, page, source, source_sentences, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const lang = sentenceLang(this.meta().sourceLang);
      result.paragraphs.forEach((block, position) => {
        const inserted = insertBlock.run(documentId, position, block.kind, block.page ?? null, block.text, encodeSentences(block.text, lang), iso(now), iso(now));
        // A new block's segments are its sentences: the unit of translation work from the start.
        insertInitialSegments(this.db, Number(inserted.lastInsertRowid), splitSentences(block.text, lang), block.text.length, now);
      });
      return documentId;
    });
  }

  /** All blocks of a document in order; `host:errors.documentNotFound` for an unknown id. */
  listBlocks(documentId: number): BlockDto[] {
    if (!this.db.prepare('SELECT 1 FROM documents WHERE id = ?').get(documentId)) {
      throw new AppError('host:errors.documentNotFound', { documentId });
    }
    const rows = this.db
      .prepare(`SELECT ${BLOCK_COLUMNS} FROM blocks WHERE document_id = ? ORDER BY position`)
      .all(documentId) as unknown as BlockRow[];
    const segments = segmentsOfDocument(this.db, documentId);
    const revisions = new Map(
      (this.db.prepare('SELECT id, revision FROM blocks WHERE document_id = ?').all(documentId) as { id: number; revision: number }[]).map((r) => [r.id, r.revision]),
    );
    return rows.map((row) => toBlockDto(row, segments.get(row.id) ?? [], revisions.get(row.id) ?? 0));
  }

  /**
   * Saves a block's English and status, durably once this returns. Unchanged text and status
   * write nothing. History: a status change always adds a revision; a text change under the same
   * status updates the block's newest revision while it is younger than {@link REVISION_COALESCE_MS}
   * (one revision per typing burst rather than per keystroke) and adds one otherwise.
   */
  saveTarget(blockId: number, target: string, status: BlockStatus, now: number, afterWrite?: (saved: BlockDto) => void): BlockDto {
    return this.#write(() => {
      const saved = this.#paragraphEdit(blockId, target, status, now, 'typed', {});
      afterWrite?.(saved);
      return saved;
    });
  }

  /**
   * Applies many blocks' English and status as ONE transaction (a translation import): all or
   * nothing. Each change adds its own revision (never coalesced: an import is a step of its own);
   * edits that change nothing are skipped. `host:errors.blockNotFound` for an unknown id rolls
   * everything back. Returns the changed blocks as they are now. English spreads onto segments
   * as for {@link saveTarget}, with origin `imported`.
   */
  applyTargets(
    edits: readonly { blockId: number; target: string; status: BlockStatus }[],
    now: number,
    segmentEdits: readonly { blockId: number; segments: readonly SegmentDraft[] }[] = [],
  ): BlockDto[] {
    return this.#write(() => {
      const changed: BlockDto[] = [];
      // Segment-by-segment fills (a re-imported file that carried segments) in the same transaction.
      for (const edit of segmentEdits) {
        const before = this.#block(edit.blockId);
        const saved = writeSegments(this.db, edit.blockId, edit.segments, now, { noCoalesce: true });
        if (saved.target !== before.target || saved.status !== before.status) changed.push(saved);
      }
      for (const edit of edits) {
        const row = this.#block(edit.blockId);
        if (row.target === edit.target && row.status === edit.status) continue;
        changed.push(this.#paragraphEdit(edit.blockId, edit.target, edit.status, now, 'imported', { noCoalesce: true }));
      }
      return changed;
    });
  }

  /**
   * Saves segment-level work on one block atomically: `segments` is the block's whole new segment
   * list (ids of kept segments, none for segments made by a split), as the sentence view holds
   * it. Refuses a stale `baseRevision` (`segments:errors.conflict`), a list that does not tile
   * the Chinese (`segments:errors.badSegments`) or foreign ids (`segments:errors.notFound`). The
   * block's English and status are derived (see writeSegments). Caller re-anchors annotations in
   * the same transaction through `afterWrite`.
   */
  saveSegments(blockId: number, segments: readonly SegmentDraft[], now: number, baseRevision?: number, afterWrite?: (saved: BlockDto) => void): BlockDto {
    return this.#write(() => {
      const saved = writeSegments(this.db, blockId, segments, now, baseRevision === undefined ? {} : { baseRevision });
      afterWrite?.(saved);
      return saved;
    });
  }

  /** A block with its segments (`host:errors.blockNotFound` for an unknown id). */
  block(blockId: number): BlockDto {
    return fullBlockDto(this.db, this.#block(blockId));
  }

  /** The block holding segment `segmentId` (`segments:errors.notFound` when none does). */
  blockOfSegment(segmentId: number): BlockDto {
    const row = this.db.prepare('SELECT block_id FROM segments WHERE id = ?').get(segmentId) as { block_id: number } | undefined;
    if (!row) throw new AppError('segments:errors.notFound', { segmentId });
    return this.block(row.block_id);
  }

  /** Earlier versions of one segment's English, newest first. */
  segmentHistory(segmentId: number): { target: string; status: BlockStatus; origin: SegmentOrigin; createdAt: string }[] {
    this.blockOfSegment(segmentId);
    const rows = this.db.prepare('SELECT target, status, origin, created_at FROM segment_revisions WHERE segment_id = ? ORDER BY id DESC').all(segmentId) as {
      target: string;
      status: string;
      origin: string;
      created_at: string;
    }[];
    return rows.map((r) => ({ target: r.target, status: r.status as BlockStatus, origin: r.origin as SegmentOrigin, createdAt: r.created_at }));
  }

  #paragraphEdit(blockId: number, target: string, status: BlockStatus, now: number, origin: SegmentOrigin, options: { noCoalesce?: boolean; batchId?: string }): BlockDto {
    const row = this.#block(blockId);
    const drafts = segmentsForParagraphEdit(readSegments(this.db, blockId), target, status, row.status as BlockStatus, origin);
    return writeSegments(this.db, blockId, drafts, now, options);
  }

  /** Saved versions of a block, newest first; the first one is the block's current state. */
  history(blockId: number): RevisionDto[] {
    this.#block(blockId);
    const rows = this.db
      .prepare('SELECT id, block_id, target, status, created_at FROM revisions WHERE block_id = ? ORDER BY id DESC')
      .all(blockId) as unknown as RevisionRow[];
    return rows.map(toRevisionDto);
  }

  /** Progress counts over every block of every document. */
  stats(): ProjectStats {
    const rows = this.db.prepare('SELECT source, target, status FROM blocks').iterate() as Iterable<CountableBlock>;
    return computeStats(rows);
  }

  /** Closes the connection (checkpointing the WAL into the file) and releases the lock. Idempotent. */
  close(): void {
    if (this.db.isOpen) this.db.close();
  }

  #block(blockId: number): BlockRow {
    const row = this.db.prepare(`SELECT ${BLOCK_COLUMNS} FROM blocks WHERE id = ?`).get(blockId) as BlockRow | undefined;
    if (!row) throw new AppError('host:errors.blockNotFound', { blockId });
    return row;
  }

  #write<T>(work: () => T): T {
    return writeTransaction(this.db, this.path, work);
  }
}
