import type { DatabaseSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import type { BlockStatus, ImportResult } from '../../core/model/index.ts';
import type { BlockDto, DocumentInfo, ProjectStats, RevisionDto } from '../../shared/dto.ts';
import { writeTransaction } from './transaction.ts';
import { schemaVersion } from './migrations/index.ts';
import { openDatabase } from './open.ts';
import { encodeSentences, sentenceLang } from './sentences.ts';
import { BLOCK_COLUMNS, toBlockDto, toRevisionDto } from './rows.ts';
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
    const row = this.db.prepare('SELECT name, source_lang, target_lang, created_at FROM project WHERE id = 1').get() as
      | { name: string; source_lang: string; target_lang: string; created_at: string }
      | undefined;
    if (!row) throw new AppError('host:errors.projectCorrupt', { path: this.path });
    return {
      name: row.name,
      sourceLang: row.source_lang,
      targetLang: row.target_lang,
      schemaVersion: schemaVersion(this.db),
      createdAt: row.created_at,
    };
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
        insertBlock.run(documentId, position, block.kind, block.page ?? null, block.text, encodeSentences(block.text, lang), iso(now), iso(now));
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
    return rows.map(toBlockDto);
  }

  /**
   * Saves a block's English and status, durably once this returns. Unchanged text and status
   * write nothing. History: a status change always adds a revision; a text change under the same
   * status updates the block's newest revision while it is younger than {@link REVISION_COALESCE_MS}
   * (one revision per typing burst rather than per keystroke) and adds one otherwise.
   */
  saveTarget(blockId: number, target: string, status: BlockStatus, now: number): BlockDto {
    return this.#write(() => {
      const row = this.#block(blockId);
      if (row.target === target && row.status === status) return toBlockDto(row);
      this.db.prepare('UPDATE blocks SET target = ?, status = ?, updated_at = ? WHERE id = ?').run(target, status, iso(now), blockId);
      const latest = this.db
        .prepare('SELECT id, status, created_at FROM revisions WHERE block_id = ? ORDER BY id DESC LIMIT 1')
        .get(blockId) as { id: number; status: string; created_at: string } | undefined;
      const coalesce =
        row.status === status &&
        latest !== undefined &&
        latest.status === status &&
        now - Date.parse(latest.created_at) < REVISION_COALESCE_MS;
      if (coalesce) {
        this.db.prepare('UPDATE revisions SET target = ? WHERE id = ?').run(target, latest.id);
      } else {
        this.db.prepare('INSERT INTO revisions (block_id, target, status, created_at) VALUES (?, ?, ?, ?)').run(blockId, target, status, iso(now));
      }
      return toBlockDto(this.#block(blockId));
    });
  }

  /**
   * Applies many blocks' English and status as ONE transaction (a translation import): all or
   * nothing. Each change adds its own revision (never coalesced: an import is a step of its own);
   * edits that change nothing are skipped. `host:errors.blockNotFound` for an unknown id rolls
   * everything back. Returns the changed blocks as they are now.
   */
  applyTargets(edits: readonly { blockId: number; target: string; status: BlockStatus }[], now: number): BlockDto[] {
    return this.#write(() => {
      const update = this.db.prepare('UPDATE blocks SET target = ?, status = ?, updated_at = ? WHERE id = ?');
      const revision = this.db.prepare('INSERT INTO revisions (block_id, target, status, created_at) VALUES (?, ?, ?, ?)');
      const changed: BlockDto[] = [];
      for (const edit of edits) {
        const row = this.#block(edit.blockId);
        if (row.target === edit.target && row.status === edit.status) continue;
        update.run(edit.target, edit.status, iso(now), edit.blockId);
        revision.run(edit.blockId, edit.target, edit.status, iso(now));
        changed.push(toBlockDto(this.#block(edit.blockId)));
      }
      return changed;
    });
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
