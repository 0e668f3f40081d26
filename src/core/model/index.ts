export * from './block.ts';
export * from './errors.ts';
export * from './import-result.ts';
export * from './stats.ts';
