import type { WorkbenchApi } from '../../shared/api.ts';
import type { HostContext } from '../context.ts';
import { applyBatch, undoBatchEdits, type TargetChangeHook } from './batch-store.ts';

/**
 * The batch-edit slice of the contract (replace all and its one-step undo) over the open project.
 * `onTargetChange` is the annotations feature's re-anchoring of target-side ranges, run for every
 * block whose English a batch (or its undo) changes, inside the same transaction.
 */
export function batchMethods(ctx: HostContext, onTargetChange?: TargetChangeHook): Pick<WorkbenchApi, 'saveTargets' | 'undoBatch'> {
  return {
    async saveTargets({ edits, label }) {
      const store = ctx.project();
      return applyBatch(store.db, store.path, edits, label, ctx.now(), onTargetChange);
    },
    async undoBatch({ batchId }) {
      const store = ctx.project();
      return undoBatchEdits(store.db, store.path, batchId, ctx.now(), onTargetChange);
    },
  };
}
