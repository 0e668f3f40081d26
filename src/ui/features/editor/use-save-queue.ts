import { useEffect, useMemo, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api.ts';
import { SaveQueue, storageJournal, type SaveQueueState } from './save-queue.ts';
import { signal } from '../../app/signals.ts';

/** How often a tab renews its "alive" mark; well inside TAB_GONE_MS. */
const HEARTBEAT_MS = 3_000;

/**
 * This page's id: new on every load, so two tabs (even one duplicated from the other, which
 * copies sessionStorage) never share a journal. A reload finds its previous journal through
 * adoption: the page marks itself gone when it is hidden for good (see `farewell`).
 */
const TAB_ID = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * One {@link SaveQueue} per open project, wired to the host and to localStorage, flushed when the
 * page is hidden or unloaded. Returns the queue and its state for the status bar.
 */
export function useSaveQueue(api: WorkbenchApi, projectPath: string): { queue: SaveQueue; state: SaveQueueState } {
  const [state, setState] = useState<SaveQueueState>({ pending: 0, error: null });
  const journal = useMemo(() => storageJournal(window.localStorage, projectPath, TAB_ID), [projectPath]);
  const queue = useMemo(
    () =>
      new SaveQueue({
        save: async (edit) => {
          await api.saveTarget(edit);
        },
        journal,
        setTimer: (fn, ms) => window.setTimeout(fn, ms),
        clearTimer: (handle) => window.clearTimeout(handle as number),
        onChange: (next) => {
          // The queue reports on every keystroke; re-render the grid only when what it shows changes.
          setState((prev) => (prev.pending === next.pending && prev.error === next.error ? prev : next));
          signal('pendingSaves', String(next.pending));
          signal('saveError', next.error ? 'true' : 'false');
        },
      }),
    [api, journal],
  );

  // Tells other tabs this one is alive, so none of them adopts (and re-saves) its journal.
  useEffect(() => {
    const timer = window.setInterval(() => journal.heartbeat(), HEARTBEAT_MS);
    const farewell = (event: PageTransitionEvent) => {
      if (!event.persisted) journal.farewell();
    };
    window.addEventListener('pagehide', farewell);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('pagehide', farewell);
    };
  }, [journal]);

  useEffect(() => {
    const flush = () => void queue.flush().catch(() => undefined);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flush();
    };
  }, [queue]);

  return { queue, state };
}
