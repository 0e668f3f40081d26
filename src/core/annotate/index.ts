/** Public API of the annotation core: model, tag sets, re-anchoring, W3C and CSV exchange. */
export * from './model.ts';
export * from './tags.ts';
export * from './anchor.ts';
export * from './w3c-ids.ts';
export * from './w3c-export.ts';
export * from './w3c-import.ts';
export * from './csv-export.ts';
