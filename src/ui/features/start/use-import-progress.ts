import { useEffect, useState } from 'react';
import type { WorkbenchApi } from '../../../shared/api.ts';

/**
 * Polls the host for the progress of the import with `requestId` while `active`, a few times a
 * second: the contract is request/response, and a long PDF reports pages as it goes.
 */
export function useImportProgress(api: WorkbenchApi, requestId: string, active: boolean): { done: number; total: number } | null {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = window.setInterval(() => {
      api.getImportProgress({ requestId }).then(
        (p) => !stopped && p && setProgress({ done: p.done, total: p.total }),
        () => undefined,
      );
    }, 250);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [api, requestId, active]);
  return active ? progress : null;
}
