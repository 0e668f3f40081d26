import type { DatabaseSync } from 'node:sqlite';
import type { MtProviderId } from '../../core/mt/index.ts';
import type { ProjectStore } from '../storage/project-store.ts';
import { writeTransaction } from '../storage/transaction.ts';

/**
 * A project's MT settings (table `mt_settings`). `apiKeyEnv` is the NAME of an environment
 * variable holding the key, never a key: keys are not stored in project files.
 */
export interface MtSettings {
  readonly provider: MtProviderId;
  readonly baseUrl: string;
  readonly model: string;
  readonly apiKeyEnv: string;
  readonly styleNotes: string;
  readonly concurrency: number;
}

/** A block's MT origin: which engine filled it, with what text, when. */
export interface MtOrigin {
  readonly blockId: number;
  readonly provider: string;
  readonly model: string;
  readonly target: string;
  readonly createdAt: string;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The MT tables of one open project (migration 0009): settings, the answer cache, MT origins of
 * blocks and provider-side glossaries. Synchronous like the rest of storage; every write is one
 * transaction. Shares the ProjectStore's connection and lock.
 */
export class MtStore {
  readonly #db: DatabaseSync;
  readonly #path: string;

  constructor(project: ProjectStore) {
    this.#db = project.db;
    this.#path = project.path;
  }

  /** The saved settings, or `undefined` when MT was never configured for this project. */
  settings(): MtSettings | undefined {
    const row = this.#db.prepare('SELECT provider, base_url, model, api_key_env, style_notes, concurrency FROM mt_settings WHERE id = 1').get() as
      | { provider: MtProviderId; base_url: string; model: string; api_key_env: string; style_notes: string; concurrency: number }
      | undefined;
    if (!row) return undefined;
    return { provider: row.provider, baseUrl: row.base_url, model: row.model, apiKeyEnv: row.api_key_env, styleNotes: row.style_notes, concurrency: row.concurrency };
  }

  /** Saves the settings (replacing earlier ones). Callers validate them first (see settings.ts). */
  saveSettings(settings: MtSettings, now: number): void {
    this.#write(() => {
      this.#db
        .prepare(
          `INSERT INTO mt_settings (id, provider, base_url, model, api_key_env, style_notes, concurrency, updated_at)
           VALUES (1, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, base_url = excluded.base_url, model = excluded.model,
             api_key_env = excluded.api_key_env, style_notes = excluded.style_notes, concurrency = excluded.concurrency, updated_at = excluded.updated_at`,
        )
        .run(settings.provider, settings.baseUrl, settings.model, settings.apiKeyEnv, settings.styleNotes, settings.concurrency, iso(now));
    });
  }

  /** The cached translation under `key` (a SHA-256 hex of the cache-key material), if any. */
  cached(key: string): string | undefined {
    const row = this.#db.prepare('SELECT target FROM mt_cache WHERE key = ?').get(key) as { target: string } | undefined;
    return row?.target;
  }

  /** Caches a checked translation under `key`; a repeated key keeps the first answer. */
  cache(key: string, entry: { provider: string; model: string; source: string; target: string }, now: number): void {
    this.#write(() => {
      this.#db
        .prepare('INSERT OR IGNORE INTO mt_cache (key, provider, model, source, target, created_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(key, entry.provider, entry.model, entry.source, entry.target, iso(now));
    });
  }

  /** How many answers are cached (for reports and tests). */
  cacheSize(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM mt_cache').get() as { n: number }).n;
  }

  /**
   * Fills block `blockId` with an MT draft, in one transaction, ONLY while the block is still
   * untouched (status `new`, empty English, no revision: never saved by anyone): then its English and status `draft` are written, a
   * revision is added and the MT origin recorded. Returns false (writing nothing) for any other
   * block, so a row a translator typed into or confirmed in the meantime is never overwritten.
   */
  fillDraft(blockId: number, target: string, origin: { provider: string; model: string }, now: number): boolean {
    return this.#write(() => {
      const changed = this.#db
        .prepare(`UPDATE blocks SET target = ?, status = 'draft', updated_at = ? WHERE id = ? AND status = 'new' AND trim(target) = ''
           AND NOT EXISTS (SELECT 1 FROM revisions WHERE block_id = ?)`)
        .run(target, iso(now), blockId, blockId);
      if (Number(changed.changes) !== 1) return false;
      this.#db.prepare("INSERT INTO revisions (block_id, target, status, created_at) VALUES (?, ?, 'draft', ?)").run(blockId, target, iso(now));
      this.#db
        .prepare(
          `INSERT INTO mt_origins (block_id, provider, model, target, created_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (block_id) DO UPDATE SET provider = excluded.provider, model = excluded.model, target = excluded.target, created_at = excluded.created_at`,
        )
        .run(blockId, origin.provider, origin.model, target, iso(now));
      return true;
    });
  }

  /**
   * Blocks that are MT drafts right now: filled by MT and unchanged since (English still equal to
   * what MT wrote, status still `draft`), in all documents or one. A block edited or confirmed
   * after MT is no longer listed.
   */
  mtDrafts(documentId?: number): MtOrigin[] {
    const rows = this.#db
      .prepare(
        `SELECT o.block_id AS blockId, o.provider AS provider, o.model AS model, o.target AS target, o.created_at AS createdAt
         FROM mt_origins o JOIN blocks b ON b.id = o.block_id
         WHERE b.target = o.target AND b.status = 'draft' AND (? IS NULL OR b.document_id = ?) ORDER BY o.block_id`,
      )
      .all(documentId ?? null, documentId ?? null) as unknown as MtOrigin[];
    return rows.map((r) => ({ ...r }));
  }

  /** The id of a provider-side glossary created earlier for these entries at this endpoint. */
  remoteGlossary(provider: string, baseUrl: string, contentHash: string): string | undefined {
    const row = this.#db
      .prepare('SELECT remote_id FROM mt_remote_glossaries WHERE provider = ? AND base_url = ? AND content_hash = ?')
      .get(provider, baseUrl, contentHash) as { remote_id: string } | undefined;
    return row?.remote_id;
  }

  /** Remembers a provider-side glossary so the next run reuses it instead of creating another. */
  saveRemoteGlossary(provider: string, baseUrl: string, contentHash: string, remoteId: string, now: number): void {
    this.#write(() => {
      this.#db
        .prepare('INSERT OR REPLACE INTO mt_remote_glossaries (provider, base_url, content_hash, remote_id, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(provider, baseUrl, contentHash, remoteId, iso(now));
    });
  }

  #write<T>(work: () => T): T {
    return writeTransaction(this.#db, this.#path, work);
  }
}
