/**
 * Layout-text import: `pdftotext -layout` dumps of multi-column, possibly two-page-spread
 * documents → paragraphs in reading order. See {@link importLayoutText}.
 */
export { importLayoutText } from './import-layout.ts';
export type { LayoutImportOptions } from './import-layout.ts';
export { looksLikeLayoutText } from './detect.ts';
