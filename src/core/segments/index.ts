export * from './model.ts';
export * from './join.ts';
export * from './ops.ts';
