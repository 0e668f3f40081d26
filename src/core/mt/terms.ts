import type { GlossaryEntry, TermHit } from '../glossary/index.ts';
import type { MtEndpoint, MtRequest, MtTerm } from './types.ts';

/**
 * The MT terms for a row from the glossary hits in its source: one per distinct entry, in source
 * order, with the entry's approved and forbidden renderings and its note. Entries missing from
 * `entries` (deleted since the hits were found) are skipped.
 */
export function termsFromHits(hits: readonly TermHit[], entries: ReadonlyMap<string, GlossaryEntry>): MtTerm[] {
  const seen = new Set<string>();
  const terms: MtTerm[] = [];
  for (const hit of hits) {
    for (const id of hit.entryIds) {
      const entry = entries.get(id);
      if (!entry || seen.has(id)) continue;
      seen.add(id);
      terms.push({ source: entry.source, approved: [...entry.targets], forbidden: [...entry.forbidden], note: entry.note });
    }
  }
  return terms;
}

/**
 * The text whose hash keys the MT cache: provider, model, base URL, languages, source, the row's
 * terms (with their renderings) and the style notes. Neighbouring rows are left out on purpose, so
 * the same sentence elsewhere, or after a neighbour was edited, is not paid for twice. The key is
 * never part of it.
 */
export function cacheKeyMaterial(endpoint: MtEndpoint, request: MtRequest): string {
  const terms = request.terms.map((t) => [t.source, [...t.approved], [...t.forbidden]]);
  return JSON.stringify([
    'mt-cache-v1',
    endpoint.provider,
    endpoint.model.trim(),
    endpoint.baseUrl.trim().replace(/\/+$/u, ''),
    request.sourceLang,
    request.targetLang,
    request.source,
    terms,
    request.styleNotes.trim(),
  ]);
}
