import { encodeSentences, sentenceLang } from '../sentences.ts';
import type { Migration } from './migration.ts';

/**
 * Version 5: `blocks.source_sentences`, the block's Chinese split into sentences as a JSON array
 * of `[start, end]` UTF-16 offsets (see storage/sentences.ts). Source text never changes after
 * import, so the split is stored once; English sentences change with every keystroke and stay
 * computed on demand. Existing blocks are backfilled with the project's source-language rules
 * (Chinese for every project so far). NULL means "not computed" and is recomputed on read.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'sentences',
  up(db) {
    db.exec('ALTER TABLE blocks ADD COLUMN source_sentences TEXT');
    const project = db.prepare('SELECT source_lang FROM project WHERE id = 1').get() as { source_lang: string } | undefined;
    const lang = sentenceLang(project?.source_lang ?? 'zh');
    const update = db.prepare('UPDATE blocks SET source_sentences = ? WHERE id = ?');
    const rows = db.prepare('SELECT id, source FROM blocks').all() as { id: number; source: string }[];
    for (const row of rows) update.run(encodeSentences(row.source, lang), row.id);
  },
};
