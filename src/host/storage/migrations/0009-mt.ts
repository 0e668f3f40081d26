import type { Migration } from './migration.ts';

/**
 * Version 9: machine translation.
 * - `mt_settings` (one row): the provider, base URL, model, the NAME of the environment variable
 *   holding the key (never the key itself), the project's style notes for MT, and the concurrency.
 * - `mt_cache`: answers by a SHA-256 of provider, model, base URL, languages, source, the row's
 *   glossary terms and the style notes (see core/mt/terms.ts), so the same request is never paid twice.
 * - `mt_origins`: which blocks were filled by MT, by whom, and with what text. Blocks have no
 *   `origin` column yet; a block is an MT draft while its English still equals `target` here. When
 *   the segment model lands with its own `origin`, this table is its seam for paragraph rows.
 * - `mt_remote_glossaries`: provider-side glossaries already created (DeepL glossaries are
 *   immutable), by endpoint and a hash of their entries, so each is created once.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'machine-translation',
  up(db) {
    db.exec(`
      CREATE TABLE mt_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        provider TEXT NOT NULL CHECK (provider IN ('openai-compatible', 'deepl')),
        base_url TEXT NOT NULL DEFAULT '',
        model TEXT NOT NULL DEFAULT '',
        api_key_env TEXT NOT NULL DEFAULT '',
        style_notes TEXT NOT NULL DEFAULT '',
        concurrency INTEGER NOT NULL DEFAULT 4 CHECK (concurrency BETWEEN 1 AND 32),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE mt_cache (
        key TEXT PRIMARY KEY,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        source TEXT NOT NULL,
        target TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE mt_origins (
        block_id INTEGER PRIMARY KEY REFERENCES blocks(id) ON DELETE CASCADE,
        provider TEXT NOT NULL,
        model TEXT NOT NULL,
        target TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE mt_remote_glossaries (
        provider TEXT NOT NULL,
        base_url TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        remote_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (provider, base_url, content_hash)
      ) STRICT;
    `);
  },
};
