/** Public surface of the translation-memory core: scoring, the index, placeables, diff. */
export { TmIndex, type LookupOptions, type TmHit, type TmIndexUnit, type TmQuery } from './tm-index.ts';
export { CONTEXT_SCORE, EXACT_SCORE, PLACEABLE_PENALTY, fuzzyScore } from './score.ts';
export { adaptNumbers, findNumbers, type AdaptedTarget } from './placeables.ts';
export { compilePattern, myersDistance, tableDistance } from './myers.ts';
export { diffChars, type DiffPart } from './diff.ts';
export { keywordInContext, type KwicLine } from './kwic.ts';
