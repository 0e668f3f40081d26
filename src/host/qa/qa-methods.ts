import { AppError } from '../../core/model/index.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { QaIgnore } from '../../shared/feature-dto.ts';
import type { HostContext } from '../context.ts';

/**
 * The QA slice of the contract: the findings a user chose to ignore, kept with the project
 * (table `qa_ignores`, migration 0007). The checks themselves run in the UI (core/qa), where
 * the latest English is; only the ignores need storage.
 */
export function qaMethods(ctx: HostContext): Pick<WorkbenchApi, 'listQaIgnores' | 'setQaIgnore'> {
  return {
    async listQaIgnores({ documentId }) {
      const rows = ctx
        .project()
        .db.prepare('SELECT q.block_id AS blockId, q.finding_key AS key FROM qa_ignores q JOIN blocks b ON b.id = q.block_id WHERE b.document_id = ? ORDER BY q.block_id, q.finding_key')
        .all(documentId) as unknown as QaIgnore[];
      return rows.map((r) => ({ blockId: r.blockId, key: r.key }));
    },
    async setQaIgnore({ blockId, key, ignored }) {
      const { db } = ctx.project();
      const exists = db.prepare('SELECT 1 FROM blocks WHERE id = ?').get(blockId);
      if (!exists) throw new AppError('qa:errors.unknownBlock', { blockId });
      if (ignored) db.prepare('INSERT OR IGNORE INTO qa_ignores (block_id, finding_key, created_at) VALUES (?, ?, ?)').run(blockId, key, new Date(ctx.now()).toISOString());
      else db.prepare('DELETE FROM qa_ignores WHERE block_id = ? AND finding_key = ?').run(blockId, key);
      return {};
    },
  };
}
