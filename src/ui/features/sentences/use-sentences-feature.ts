import { useMemo } from 'react';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { sentencePlugin } from './sentence-plugin.ts';
import './sentences.css';

/** Id of the sentences feature. */
export const SENTENCES_FEATURE_ID = 'sentences';

/**
 * Shows where the Chinese of each block splits into sentences (the split stored with the block,
 * used by sentence-level TMX, TM and alignment): a faint marker after every sentence but the
 * last, in live and static rows alike. Nothing to configure, so it ignores `env`.
 */
export function useSentencesFeature(_env: FeatureEnv): WorkbenchFeature {
  return useMemo(() => ({ id: SENTENCES_FEATURE_ID, sourcePlugins: (block) => [sentencePlugin(block.sentences)] }), []);
}
