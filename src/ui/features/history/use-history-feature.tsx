import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { HistoryPanel } from './HistoryPanel.tsx';
import './history.css';

function rowOf(event: FocusEvent): number | null {
  const id = (event.target as Element | null)?.closest?.('.target-host')?.getAttribute('data-block-id');
  return id ? Number(id) : null;
}

/**
 * Revision history per row: a side-panel tab listing the focused row's earlier English versions
 * with their time, each restorable through the normal editing and save path.
 */
export function useHistoryFeature(env: FeatureEnv): WorkbenchFeature {
  const envRef = useRef(env);
  envRef.current = env;
  // The focused row, kept in a ref: focus changes must not re-render the grid.
  const focusedRef = useRef<number | null>(null);
  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const id = rowOf(event);
      if (id !== null) focusedRef.current = id;
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);

  // One component type for the feature's life; it re-renders with the focused row through state.
  const Component = useMemo(
    () =>
      function HistoryTab() {
        const [blockId, setBlockId] = useState(focusedRef.current);
        useEffect(() => {
          const onFocus = (event: FocusEvent) => {
            const id = rowOf(event);
            if (id !== null) setBlockId(id);
          };
          document.addEventListener('focusin', onFocus);
          return () => document.removeEventListener('focusin', onFocus);
        }, []);
        return <HistoryPanel env={envRef.current} blockId={blockId} />;
      },
    [],
  );
  return useMemo(() => ({ id: 'history', panel: { titleKey: 'history:title', Component } }), [Component]);
}
