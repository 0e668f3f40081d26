import type { DatabaseSync } from 'node:sqlite';
import type { GlossaryEntry } from '../../core/glossary/model.ts';
import { writeTransaction } from '../storage/transaction.ts';

interface EntryRow {
  id: string;
  source: string;
  targets_json: string;
  forbidden_json: string;
  note: string;
  part_of_speech: string | null;
  case_sensitive: number;
}

const COLUMNS = 'id, source, targets_json, forbidden_json, note, part_of_speech, case_sensitive';
const iso = (ms: number): string => new Date(ms).toISOString();

function toEntry(row: EntryRow): GlossaryEntry {
  return {
    id: row.id,
    source: row.source,
    targets: JSON.parse(row.targets_json) as string[],
    forbidden: JSON.parse(row.forbidden_json) as string[],
    note: row.note,
    ...(row.part_of_speech ? { partOfSpeech: row.part_of_speech } : {}),
    caseSensitive: row.case_sensitive === 1,
  };
}

/**
 * The glossary table of one open project (migration 0002). Synchronous like node:sqlite; every
 * write is one transaction and SQLite failures become the storage AppErrors. Assumes entries
 * were validated by the caller (non-empty source); this class only stores them.
 */
export class GlossaryStore {
  readonly #db: DatabaseSync;
  readonly #path: string;

  constructor(db: DatabaseSync, path: string) {
    this.#db = db;
    this.#path = path;
  }

  /** Every entry, ordered by source term (then id, so the order is stable). */
  list(): GlossaryEntry[] {
    const rows = this.#db.prepare(`SELECT ${COLUMNS} FROM glossary_entries ORDER BY source, id`).all() as unknown as EntryRow[];
    return rows.map(toEntry);
  }

  /** One entry by id, or undefined. */
  get(id: string): GlossaryEntry | undefined {
    const row = this.#db.prepare(`SELECT ${COLUMNS} FROM glossary_entries WHERE id = ?`).get(id) as EntryRow | undefined;
    return row ? toEntry(row) : undefined;
  }

  /** Inserts or replaces entries (by id) in one transaction; `now` is epoch ms. */
  put(entries: readonly GlossaryEntry[], now: number): void {
    this.#write(() => {
      const upsert = this.#db.prepare(
        `INSERT INTO glossary_entries (${COLUMNS}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET source = excluded.source, targets_json = excluded.targets_json,
           forbidden_json = excluded.forbidden_json, note = excluded.note, part_of_speech = excluded.part_of_speech,
           case_sensitive = excluded.case_sensitive, updated_at = excluded.updated_at`,
      );
      for (const e of entries) {
        upsert.run(e.id, e.source, JSON.stringify(e.targets), JSON.stringify(e.forbidden), e.note, e.partOfSpeech ?? null, e.caseSensitive ? 1 : 0, iso(now), iso(now));
      }
    });
  }

  /** Deletes an entry; an unknown id is not an error. */
  delete(id: string): void {
    this.#write(() => void this.#db.prepare('DELETE FROM glossary_entries WHERE id = ?').run(id));
  }

  #write(work: () => void): void {
    writeTransaction(this.#db, this.#path, work);
  }
}
