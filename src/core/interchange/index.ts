/** Public surface of re-import: parsers for every exported format and the merge rule. */
export { parseXliff } from './xliff.ts';
export { parseTmx } from './tmx.ts';
export { parseTsv, parseCsv, parseJsonl } from './delimited.ts';
export { mergeTranslations } from './merge.ts';
export type { MergeBlock, MergeConflict, MergeResult, MergeUnmatched, MergeUpdate } from './merge.ts';
export type { InterchangeUnit, ParsedInterchange } from './types.ts';
