import type { FeatureEnv, WorkbenchFeature } from './feature.ts';

/**
 * The features of the translation grid, in display order. Each is a hook over the grid's
 * environment; add a feature by adding one line here. Hooks run in a fixed order, as React needs.
 */
export function useFeatures(env: FeatureEnv): readonly WorkbenchFeature[] {
  void env;
  return [];
}
