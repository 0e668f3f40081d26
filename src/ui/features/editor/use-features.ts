import type { FeatureEnv, WorkbenchFeature } from './feature.ts';
import { useExportFeature } from '../export/use-export-feature.tsx';
import { useGlossaryFeature } from '../glossary/use-glossary-feature.ts';
import { useAnnotationFeature } from '../annotations/use-annotation-feature.tsx';
import { useFindFeature } from '../find/use-find-feature.tsx';
import { useNavigateFeature } from '../navigate/use-navigate-feature.tsx';
import { useCountsFeature } from '../navigate/use-counts-feature.tsx';
import { useHistoryFeature } from '../history/use-history-feature.tsx';
import { useSentencesFeature } from '../sentences/use-sentences-feature.ts';
import { useQaFeature } from '../qa/use-qa-feature.tsx';
import { useMtFeature } from '../mt/use-mt-feature.tsx';
import { useTmFeature } from '../tm/use-tm-feature.tsx';

/**
 * The features of the translation grid, in display order. Each is a hook over the grid's
 * environment; add a feature by adding one line here. Hooks run in a fixed order, as React needs.
 */
export function useFeatures(env: FeatureEnv): readonly WorkbenchFeature[] {
  return [
    useGlossaryFeature(env),
    useAnnotationFeature(env),
    useExportFeature(env),
    useFindFeature(env),
    useNavigateFeature(env),
    useCountsFeature(env),
    useHistoryFeature(env),
    useSentencesFeature(env),
    useQaFeature(env),
    useMtFeature(env),
    useTmFeature(env),
  ];
}
