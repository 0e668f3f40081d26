import type { WorkbenchApi } from './api.ts';

/**
 * Every `WorkbenchApi` method name, in a fixed order: what the preload exposes and what main and
 * the web host register. Kept free of runtime dependencies so the sandboxed preload stays tiny.
 * The type below makes the compiler reject a list that misses or invents a method.
 */
export const WORKBENCH_METHODS = [
  'getSession',
  'openSample',
  'openProject',
  'previewImport',
  'createProject',
  'getImportProgress',
  'cancelImport',
  'listBlocks',
  'saveTarget',
  'saveTargets',
  'undoBatch',
  'getHistory',
  'getStats',
  'listGlossary',
  'saveGlossaryEntry',
  'deleteGlossaryEntry',
  'importGlossary',
  'exportGlossary',
  'listAnnotations',
  'saveAnnotation',
  'deleteAnnotation',
  'saveLink',
  'deleteLink',
  'saveComment',
  'deleteComment',
  'saveTagSet',
  'importAnnotations',
  'exportProject',
  'importTranslations',
  'listQaIgnores',
  'setQaIgnore',
  'getMtSettings',
  'saveMtSettings',
  'setMtKey',
  'pretranslate',
  'listMtDrafts',
  'tmLookup',
  'tmConcordance',
  'listTms',
  'attachTm',
  'detachTm',
  'importTm',
  'getTmImportProgress',
  'previewAlignment',
  'createAlignedProject',
] as const satisfies readonly (keyof WorkbenchApi)[];

type Listed = (typeof WORKBENCH_METHODS)[number];
// Fails to compile when a contract method is missing from the list.
const _everyMethodListed: Record<keyof WorkbenchApi, true> = {} as Record<Listed, true>;
void _everyMethodListed;

/** The IPC channel for one method. Main accepts only channels under this prefix. */
export function channelFor(method: keyof WorkbenchApi): string {
  return `workbench:${method}`;
}
