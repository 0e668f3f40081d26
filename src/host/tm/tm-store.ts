import { basename } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { AppError } from '../../core/model/index.ts';
import { TmIndex, type LookupOptions, type TmHit, type TmQuery } from '../../core/tm/index.ts';
import { primaryLanguage, type TmFileUnit } from '../../core/tm/tm-unit.ts';
import { openTmDatabase } from './open-tm.ts';

/** The language pair every new TM gets unless told otherwise: the product translates zh → en. */
export const DEFAULT_TM_LANGUAGES = { sourceLang: 'zh-CN', targetLang: 'en' } as const;

/** Metadata and provenance of one stored unit. */
export interface TmUnitRow extends TmFileUnit {
  readonly id: number;
}

/** How units are added: who, when, and with which origin when the unit carries none. */
export interface AddContext {
  readonly now: string;
  readonly user: string;
  readonly originFile?: string;
  readonly originProject?: string;
}

interface RawRow {
  id: number;
  source: string;
  target: string;
  source_tags: string | null;
  target_tags: string | null;
  prev_source: string | null;
  next_source: string | null;
  created_at: string;
  created_by: string;
  changed_at: string;
  changed_by: string;
  origin_file: string | null;
  origin_project: string | null;
}

const COLUMNS = 'id, source, target, source_tags, target_tags, prev_source, next_source, created_at, created_by, changed_at, changed_by, origin_file, origin_project';

function toRow(r: RawRow): TmUnitRow {
  const opt = (key: string, value: string | null): Record<string, string> => (value ? { [key]: value } : {});
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    sourceTags: r.source_tags ? (JSON.parse(r.source_tags) as string[]) : [],
    targetTags: r.target_tags ? (JSON.parse(r.target_tags) as string[]) : [],
    createdAt: r.created_at,
    createdBy: r.created_by,
    changedAt: r.changed_at,
    changedBy: r.changed_by,
    ...opt('originFile', r.origin_file),
    ...opt('originProject', r.origin_project),
    ...opt('prevSource', r.prev_source),
    ...opt('nextSource', r.next_source),
  };
}

/**
 * One TM file: its units in SQLite and, built on first use, the in-memory search index
 * (core/tm/tm-index.ts). Writes keep the index in step. Assumes one TmStore per file per process.
 */
export class TmStore {
  private index: TmIndex | null = null;
  private readonly insert: StatementSync;
  private readonly touch: StatementSync;

  /** The TM file's path. */
  readonly path: string;
  /** The open database (exposed for tests and the import's transaction). */
  readonly db: DatabaseSync;

  private constructor(path: string, db: DatabaseSync) {
    this.path = path;
    this.db = db;
    this.insert = db.prepare(
      `INSERT INTO units (source, target, source_lang, target_lang, source_tags, target_tags, prev_source, next_source, created_at, created_by, changed_at, changed_by, origin_file, origin_project)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, target) DO NOTHING`,
    );
    this.touch = db.prepare('UPDATE units SET changed_at = ?, changed_by = ? WHERE source = ? AND target = ?');
  }

  /** Opens a TM file; with `create`, creates it (named after the file, in `languages`). */
  static open(path: string, options: { create?: boolean; name?: string; languages?: { sourceLang: string; targetLang: string } } = {}): TmStore {
    const db = openTmDatabase(path, options);
    const store = new TmStore(path, db);
    if (store.metaValue('source_lang') === undefined) {
      const languages = options.languages ?? DEFAULT_TM_LANGUAGES;
      const set = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
      set.run('name', options.name ?? basename(path).replace(/\.[^.]*$/, ''));
      set.run('source_lang', languages.sourceLang);
      set.run('target_lang', languages.targetLang);
    }
    return store;
  }

  private metaValue(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  private cachedMeta: { name: string; sourceLang: string; targetLang: string } | null = null;

  /** The TM's display name and language pair (read once: they never change after creation). */
  meta(): { name: string; sourceLang: string; targetLang: string } {
    this.cachedMeta ??= { name: this.metaValue('name') ?? '', sourceLang: this.metaValue('source_lang') ?? '', targetLang: this.metaValue('target_lang') ?? '' };
    return this.cachedMeta;
  }

  /** Number of units. */
  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM units').get() as { n: number }).n;
  }

  /**
   * Refuses a file whose language pair differs from the TM's (primary subtags compared, so
   * `zh-Hans` fits `zh-CN`); an empty tag (TSV) fits anything. `tm:errors.languagePair`.
   */
  checkLanguages(sourceLang: string, targetLang: string): void {
    const meta = this.meta();
    const fits = (file: string, tm: string): boolean => file === '' || primaryLanguage(file) === primaryLanguage(tm);
    if (!fits(sourceLang, meta.sourceLang) || !fits(targetLang, meta.targetLang)) {
      throw new AppError('tm:errors.languagePair', { fileSource: sourceLang || '?', fileTarget: targetLang || '?', tmSource: meta.sourceLang, tmTarget: meta.targetLang });
    }
  }

  /**
   * Adds one unit inside the caller's transaction (or autocommit); returns its new id, or null
   * when the same (source, target) was already there (then its change date and user are updated
   * when `touchExisting`).
   */
  addUnit(unit: TmFileUnit, ctx: AddContext, touchExisting = false): number | null {
    const meta = this.meta();
    const result = this.insert.run(
      unit.source,
      unit.target,
      meta.sourceLang,
      meta.targetLang,
      unit.sourceTags.length ? JSON.stringify(unit.sourceTags) : null,
      unit.targetTags.length ? JSON.stringify(unit.targetTags) : null,
      unit.prevSource ?? null,
      unit.nextSource ?? null,
      unit.createdAt ?? ctx.now,
      unit.createdBy ?? ctx.user,
      unit.changedAt ?? unit.createdAt ?? ctx.now,
      unit.changedBy ?? unit.createdBy ?? ctx.user,
      unit.originFile ?? ctx.originFile ?? null,
      unit.originProject ?? ctx.originProject ?? null,
    );
    if (result.changes === 0) {
      if (touchExisting) this.touch.run(ctx.now, ctx.user, unit.source, unit.target);
      return null;
    }
    const id = Number(result.lastInsertRowid);
    this.index?.add([{ id, source: unit.source, target: unit.target, ...ctxOf(unit) }]);
    return id;
  }

  /** Adds units in one transaction (all or nothing); returns how many were new. */
  addUnits(units: readonly TmFileUnit[], ctx: AddContext, touchExisting = false): number {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      let added = 0;
      for (const unit of units) if (this.addUnit(unit, ctx, touchExisting) !== null) added++;
      this.db.exec('COMMIT');
      return added;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The search index, built from the file on first use (and kept up to date by later writes). */
  searchIndex(): TmIndex {
    if (!this.index) {
      const index = new TmIndex();
      const rows = this.db.prepare('SELECT id, source, target, prev_source, next_source FROM units ORDER BY id').iterate() as Iterable<Pick<RawRow, 'id' | 'source' | 'target' | 'prev_source' | 'next_source'>>;
      const units = (function* () {
        for (const r of rows) yield { id: r.id, source: r.source, target: r.target, ...ctxOf({ prevSource: r.prev_source ?? undefined, nextSource: r.next_source ?? undefined }) };
      })();
      index.add(units, true);
      index.freeze();
      this.index = index;
    }
    return this.index;
  }

  /** Drops the in-memory index (after a bulk import it is rebuilt in one pass on next use). */
  dropIndex(): void {
    this.index = null;
  }

  /** Matches for `query`, best first (see TmIndex.lookup). */
  lookup(query: TmQuery, options: LookupOptions = {}): TmHit[] {
    return this.searchIndex().lookup(query, options);
  }

  /** How many units' source (or target) contains `query`, and the newest `limit` ids (see TmIndex.concordance). */
  concordance(query: string, side: 'source' | 'target', limit?: number): { total: number; ids: number[] } {
    return this.searchIndex().concordance(query, side, limit);
  }

  /** The stored rows for `ids`, in the order given (unknown ids skipped). */
  rows(ids: readonly number[]): TmUnitRow[] {
    if (ids.length === 0) return [];
    const byId = new Map<number, TmUnitRow>();
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const found = this.db.prepare(`SELECT ${COLUMNS} FROM units WHERE id IN (${part.map(() => '?').join(',')})`).all(...part) as unknown as RawRow[];
      for (const r of found) byId.set(r.id, toRow(r));
    }
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Every unit in id order, read lazily (for export). */
  *allRows(): Generator<TmUnitRow> {
    for (const r of this.db.prepare(`SELECT ${COLUMNS} FROM units ORDER BY id`).iterate() as Iterable<RawRow>) yield toRow(r);
  }

  /** Closes the file. */
  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}

function ctxOf(unit: { prevSource?: string | undefined; nextSource?: string | undefined }): { prevSource?: string; nextSource?: string } {
  return {
    ...(unit.prevSource !== undefined ? { prevSource: unit.prevSource } : {}),
    ...(unit.nextSource !== undefined ? { nextSource: unit.nextSource } : {}),
  };
}
