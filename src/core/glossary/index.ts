/**
 * Glossary (termbase) core: the entry model, the Aho–Corasick term matcher with an incremental
 * per-block cache, term QA against the English, and TBX/CSV/TSV import and export.
 * The OpenCC-based traditional→simplified fold lives in ./opencc-fold.ts (import it lazily).
 */
export * from './model.ts';
export * from './fold.ts';
export * from './matcher.ts';
export * from './offsets.ts';
export * from './glossary-index.ts';
export * from './inflection.ts';
export * from './check-terms.ts';
export * from './report.ts';
export * from './tbx.ts';
export * from './delimited.ts';
export { buildAutomaton, type Automaton } from './automaton.ts';
