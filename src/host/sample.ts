import { fileURLToPath } from 'node:url';

/** Name of the bundled sample project as shown in the recent list and title bar. */
export const SAMPLE_PROJECT_NAME = '林西县脱贫攻坚 (sample)';

/** File name of the bundled sample, which also selects the importer (layout text). */
export const SAMPLE_FILE_NAME = 'linxi-spread.layout.txt';

/**
 * Absolute path of the bundled sample source, resolved next to this module in the source tree.
 * Bundled builds (Electron) pass `samplePath` to createWorkbench instead.
 */
export function bundledSamplePath(): string {
  return fileURLToPath(new URL(`../core/samples/${SAMPLE_FILE_NAME}`, import.meta.url));
}
