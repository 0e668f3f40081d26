import { useEffect, useRef, useState } from 'react';
import type { BlockDto } from '../../../shared/dto.ts';
import { computeStats, type BlockStatus, type ProjectStats } from '../../../core/model/index.ts';

/** How long progress may lag behind status changes; counting 8,000 rows takes a few milliseconds. */
export const PROGRESS_DELAY_MS = 150;

function count(rows: readonly BlockDto[], statuses: ReadonlyMap<number, BlockStatus>): ProjectStats {
  // Progress shows rows and source characters only, so the saved English is good enough here.
  return computeStats(rows.map((b) => ({ source: b.source, target: b.target, status: statuses.get(b.id) ?? b.status })));
}

/**
 * Progress counts for the bar, recomputed at most every {@link PROGRESS_DELAY_MS} after statuses
 * change (`version` bumps), so confirming rows in a large document never counts all rows per key.
 * The first count after `rows` change is immediate.
 */
export function useProgress(rows: readonly BlockDto[], statuses: ReadonlyMap<number, BlockStatus>, version: number): ProjectStats {
  const [stats, setStats] = useState(() => count(rows, statuses));
  const shownRows = useRef(rows);
  const latest = useRef({ rows, statuses });
  latest.current = { rows, statuses };
  const timer = useRef<number | null>(null);

  useEffect(() => {
    if (shownRows.current !== rows) {
      shownRows.current = rows;
      setStats(count(rows, statuses));
      return;
    }
    if (timer.current !== null) return; // a recount is already scheduled and will see this change
    timer.current = window.setTimeout(() => {
      timer.current = null;
      setStats(count(latest.current.rows, latest.current.statuses));
    }, PROGRESS_DELAY_MS);
  }, [rows, statuses, version]);

  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );
  return stats;
}
