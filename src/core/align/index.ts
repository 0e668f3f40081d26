/** The Chinese–English aligner: two-level (paragraphs, then sentences) bead search with confidences. */
export { alignDocument, alignFeatures, alignSegments } from './align.ts';
export type { AlignOptions, DocumentAlignment } from './align.ts';
export { enFeatures, Interner, zhFeatures } from './features.ts';
export type { AlignResources, EnFeatures, ZhFeatures } from './features.ts';
export { galeChurch } from './gale-church.ts';
export { beadsTile, strictF1 } from './evaluate.ts';
export type { F1Score } from './evaluate.ts';
export { PARAGRAPH_PARAMS, Scorer, SENTENCE_PARAMS, SHAPES } from './score.ts';
export type { ScoreParams } from './score.ts';
export type { Bead, BeadShape, GlossaryPair } from './types.ts';
