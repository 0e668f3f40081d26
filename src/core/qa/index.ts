/**
 * Quality checks that understand Chinese (issue #13): pure functions over (source, target,
 * glossary) plus one pass over a set for consistency. See types.ts for the check names.
 */
export * from './types.ts';
export * from './text-checks.ts';
export * from './number-check.ts';
export * from './term-check.ts';
export * from './findings.ts';
export * from './consistency.ts';
export * from './run.ts';
export * from './numbers/index.ts';
