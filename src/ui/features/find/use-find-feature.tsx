import { useEffect, useMemo, useRef } from 'react';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { FindPanel } from './FindPanel.tsx';
import { FindStore } from './find-store.ts';
import { findPlugin } from './find-plugin.ts';
import './find.css';

/** Id of the find feature and its side-panel tab. */
export const FIND_FEATURE_ID = 'find';

function selectedText(): string | undefined {
  const text = window.getSelection()?.toString() ?? '';
  return text && text.length <= 200 && !text.includes('\n') ? text : undefined;
}

/**
 * Find and replace across the Chinese and/or English of the open document: Ctrl+F opens the panel
 * at the query (taking the selected text), Ctrl+H at the replacement, F3 / Shift+F3 go to the
 * next / previous hit. Hits are decorations in visible rows; replace one is an ordinary edit in
 * the row's editor; replace all is one host batch (`saveTargets`), undone as one step.
 */
export function useFindFeature(env: FeatureEnv): WorkbenchFeature {
  const storeRef = useRef<FindStore | null>(null);
  storeRef.current ??= new FindStore(env);
  const store = storeRef.current;
  store.env = env;

  // New rows (replace all, undo, restore) change the hits: search again once the grid has them.
  useEffect(() => {
    if (store.snapshot().options.query) store.search();
  }, [store, env.blocks]);

  const { showPanel } = env;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && !event.shiftKey && (key === 'f' || key === 'h')) {
        event.preventDefault();
        showPanel(FIND_FEATURE_ID);
        store.requestFocus(key === 'h' ? 'replace' : 'query', selectedText());
      } else if (event.key === 'F3') {
        event.preventDefault();
        store.go(event.shiftKey ? -1 : 1);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [store, showPanel]);

  return useMemo(() => {
    const Component = () => <FindPanel store={store} />;
    return {
      id: FIND_FEATURE_ID,
      sourcePlugins: (block) => [findPlugin(store.viewFor(block.id, 'source'))],
      targetPlugins: (block) => [findPlugin(store.viewFor(block.id, 'target'))],
      panel: { titleKey: 'find:title', Component },
    };
  }, [store]);
}
