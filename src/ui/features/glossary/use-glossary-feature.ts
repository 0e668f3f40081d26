import { useEffect, useMemo, useRef, useState } from 'react';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { GlossaryState } from './glossary-state.ts';
import { makeGlossaryPanel } from './GlossaryPanel.tsx';
import { CloseTimer, makeGlossaryToolbar } from './GlossaryToolbar.tsx';
import { pushHits, sourceTermPlugin, targetTermPlugins } from './plugins.ts';
import './glossary.css';

/**
 * The glossary feature of the translation grid: term highlights with a hover card in the Chinese,
 * Alt+1…9 and click-to-insert in the English, "add term" from a selection (Ctrl+Shift+T), and a side panel to search, edit, import and export the project's glossary.
 *
 * The state lives outside React (one {@link GlossaryState} per grid); the returned feature object
 * is created once, so rows keep their plugins. When the glossary changes, fresh hits are pushed
 * into the mounted source views; other rows read them from the cache when they mount.
 */
export function useGlossaryFeature(env: FeatureEnv): WorkbenchFeature {
  const [state] = useState(() => new GlossaryState());
  const envRef = useRef(env);
  useEffect(() => {
    envRef.current = env;
  });
  state.setDocument(env.blocks, env.currentTarget);

  const { api, project, registry } = env;
  useEffect(() => {
    let live = true;
    api.listGlossary({}).then(
      (entries) => live && state.setEntries(entries),
      () => live && state.setEntries([]), // the grid still works without highlights; the panel shows the error on its next call
    );
    return () => {
      live = false;
    };
  }, [api, project.path, state]);

  useEffect(() => {
    state.resume();
    return () => state.dispose();
  }, [state]);

  // Push hits whenever the glossary version changes (load, save, delete, import).
  useEffect(() => {
    let version = state.version;
    return state.subscribe(() => {
      if (state.version === version) return;
      version = state.version;
      pushHits(state, (fn) => registry.forEach('source', (view, blockId) => fn(view, blockId)));
    });
  }, [state, registry]);

  return useMemo(() => {
    const getEnv = () => envRef.current;
    const timer = new CloseTimer(() => state.setCard(null));
    return {
      id: 'glossary',
      sourcePlugins: (block) => [sourceTermPlugin(state, block, timer)],
      targetPlugins: (block) => targetTermPlugins(state, block),
      panel: { titleKey: 'glossary:panel.title', Component: makeGlossaryPanel(state, getEnv) },
      Toolbar: makeGlossaryToolbar(state, getEnv, timer),
    };
  }, [state]);
}
