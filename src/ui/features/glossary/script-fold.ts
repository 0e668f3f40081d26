import type { CharFold, MatcherOptions } from '../../../core/glossary/index.ts';

/**
 * The project-level "traditional = simplified" option of term matching. The OpenCC tables are
 * large, so `opencc-fold.ts` is imported only when a project turns the option on; until it has
 * loaded, {@link termMatcherOptions} returns no fold and the caller rebuilds once it is ready.
 * The choice is remembered per project (by path) in localStorage: it is a reading preference of
 * this machine, not project data.
 */

const KEY_PREFIX = 'duizhao.glossary.traditionalFold:';

let loadedFold: CharFold | null = null;
let loading: Promise<CharFold> | null = null;
let enabled = false;
const listeners = new Set<() => void>();

/** The localStorage key of a project's setting. */
export function foldSettingKey(projectPath: string): string {
  return KEY_PREFIX + projectPath;
}

/** Whether the project at `projectPath` matches traditional characters against simplified terms. */
export function readTraditionalFold(storage: Pick<Storage, 'getItem'>, projectPath: string): boolean {
  return storage.getItem(foldSettingKey(projectPath)) === '1';
}

/** Remembers the setting for the project at `projectPath`. */
export function writeTraditionalFold(storage: Pick<Storage, 'setItem' | 'removeItem'>, projectPath: string, on: boolean): void {
  if (on) storage.setItem(foldSettingKey(projectPath), '1');
  else storage.removeItem(foldSettingKey(projectPath));
}

/**
 * The options for `createTermMatcher` right now: the traditional → simplified fold when the open
 * project enabled it and the tables have loaded, otherwise none. Synchronous, so the matcher
 * build (glossary-state.ts) can call it every time it builds.
 */
export function termMatcherOptions(): MatcherOptions {
  return enabled && loadedFold ? { fold: loadedFold } : {};
}

/** Whether the option is on for the open project (the tables may still be loading). */
export function traditionalFoldEnabled(): boolean {
  return enabled;
}

/** Calls `listener` whenever {@link termMatcherOptions} changes (toggled, or tables loaded). */
export function onTermMatcherOptionsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Turns the option on or off for the open project, loading the OpenCC fold on first use.
 * Resolves once {@link termMatcherOptions} reflects the choice; listeners are told then.
 */
export async function setTraditionalFold(on: boolean, load: () => Promise<CharFold> = loadOpenccFold): Promise<void> {
  enabled = on;
  if (on && !loadedFold) {
    loading ??= load();
    try {
      loadedFold = await loading;
    } finally {
      loading = null;
    }
    if (!enabled) return; // switched off again while loading
  }
  for (const listener of [...listeners]) listener();
}

async function loadOpenccFold(): Promise<CharFold> {
  const { createTraditionalToSimplifiedFold } = await import('../../../core/glossary/opencc-fold.ts');
  return createTraditionalToSimplifiedFold();
}
