import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import type { SaveQueue } from './save-queue.ts';
import { signal } from '../../app/signals.ts';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';

/** The rows of one document and their live state, as {@link useBlocks} returns them. */
export interface BlockState {
  readonly rows: readonly BlockDto[];
  /**
   * Live status per block. One map mutated in place (copying 8,000 entries on every status change
   * would cost more than the change); `statusVersion` changes whenever it does, for memo deps.
   */
  readonly statuses: ReadonlyMap<number, BlockStatus>;
  readonly statusVersion: number;
  readonly setStatus: (blockId: number, status: BlockStatus) => void;
  /** Latest English per block that differs from `rows` (typed, recovered or replaced). */
  readonly texts: RefObject<Map<number, string>>;
  /** Replaces rows with fresh copies from the host (after replace-all, undo, import). */
  readonly replaceRows: (updated: readonly BlockDto[]) => void;
  /** True once the document's rows arrived. */
  readonly loaded: boolean;
  readonly loadError: WorkbenchError | null;
}

/**
 * Loads a document's blocks, applies edits recovered from the journal (typed before a crash and
 * not yet saved), and flushes them. Publishes `data-app-state="ready"` once rows are there.
 */
export function useBlocks(api: WorkbenchApi, documentId: number, queue: SaveQueue): BlockState {
  const [rows, setRows] = useState<readonly BlockDto[]>([]);
  const statuses = useRef(new Map<number, BlockStatus>());
  const [statusVersion, setStatusVersion] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [loadError, setLoadError] = useState<WorkbenchError | null>(null);
  const texts = useRef(new Map<number, string>());

  useEffect(() => {
    if (documentId < 0) return;
    let cancelled = false;
    api.listBlocks({ documentId }).then(
      (loadedRows) => {
        if (cancelled) return;
        const recoveredStatus = new Map<number, BlockStatus>();
        for (const edit of queue.recovered()) {
          texts.current.set(edit.blockId, edit.target);
          recoveredStatus.set(edit.blockId, edit.status);
        }
        statuses.current = new Map(loadedRows.map((b) => [b.id, recoveredStatus.get(b.id) ?? b.status]));
        setStatusVersion((v) => v + 1);
        setRows(loadedRows);
        setLoaded(true);
        signal('appState', 'ready');
        void queue.flush().catch(() => undefined);
      },
      (error) => !cancelled && setLoadError(asWorkbenchError(error)),
    );
    return () => {
      cancelled = true;
    };
  }, [api, documentId, queue]);

  const setStatus = useCallback((blockId: number, status: BlockStatus) => {
    if (statuses.current.get(blockId) === status) return;
    statuses.current.set(blockId, status);
    setStatusVersion((v) => v + 1);
  }, []);

  const replaceRows = useCallback((updated: readonly BlockDto[]) => {
    if (updated.length === 0) return;
    const byId = new Map(updated.map((b) => [b.id, b]));
    for (const b of updated) {
      texts.current.delete(b.id);
      statuses.current.set(b.id, b.status);
    }
    setRows((prev) => prev.map((b) => byId.get(b.id) ?? b));
    setStatusVersion((v) => v + 1);
  }, []);

  return { rows, statuses: statuses.current, statusVersion, setStatus, texts, replaceRows, loaded, loadError };
}
