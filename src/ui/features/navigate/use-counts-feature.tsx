import { useMemo, useRef } from 'react';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { CountsPanel } from './CountsPanel.tsx';
import './navigate.css';

/**
 * The counts tab: Chinese characters with and without punctuation, Han ideographs and English
 * words, per document and for the project, confirmed vs total, with the counting method stated.
 * Counting runs when the tab opens or the grid's rows change, not while typing.
 */
export function useCountsFeature(env: FeatureEnv): WorkbenchFeature {
  const envRef = useRef(env);
  envRef.current = env;
  const { blocks } = env;
  return useMemo(() => {
    void blocks; // a new panel component (and a recount) when the rows change
    const Component = () => <CountsPanel env={envRef.current} />;
    return { id: 'counts', panel: { titleKey: 'navigate:counts.title', Component } };
  }, [blocks]);
}
