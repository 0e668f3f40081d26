/**
 * term-missing and forbidden-term: the existing glossary term QA (longest-leftmost terms of the
 * source, tolerant whole-word matching of renderings in the English), as QA findings.
 */
import { checkTerms, createTermMatcher, toEntryMap, type GlossaryEntry, type TermFinding, type TermHit, type TermMatcher } from '../glossary/index.ts';

/** A glossary prepared for QA: its matcher and entries by id. Build once per glossary version. */
export interface QaGlossary {
  readonly matcher: TermMatcher;
  readonly entries: ReadonlyMap<string, GlossaryEntry>;
}

/** Prepares `entries` for {@link termFindings} (builds the Aho–Corasick matcher once). */
export function prepareGlossary(entries: readonly GlossaryEntry[], matcher: TermMatcher = createTermMatcher(entries)): QaGlossary {
  return { matcher, entries: toEntryMap(entries) };
}

/** The term findings of one unit; `hits` may be passed when the caller already has them (cached). */
export function termFindings(glossary: QaGlossary, source: string, target: string, hits?: readonly TermHit[]): TermFinding[] {
  return checkTerms(hits ?? glossary.matcher.findTerms(source), target, glossary.entries);
}
