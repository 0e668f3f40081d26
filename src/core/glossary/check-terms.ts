import { findRendering, type TextSpan } from './inflection.ts';
import { toEntryMap, type GlossaryEntry, type GlossaryLookup, type TermHit } from './model.ts';

/**
 * A terminology problem in one translated block. `missing`: a source term is in the Chinese but
 * none of its approved renderings is in the English. `forbidden`: the English uses a rendering
 * the glossary forbids for a source term that is in the Chinese. Offsets are UTF-16.
 */
export type TermFinding =
  | {
      readonly kind: 'missing';
      readonly entryId: string;
      readonly source: string;
      readonly sourceStart: number;
      readonly sourceEnd: number;
      /** The approved renderings, any of which would have satisfied the check. */
      readonly expected: readonly string[];
    }
  | {
      readonly kind: 'forbidden';
      readonly entryId: string;
      readonly source: string;
      readonly sourceStart: number;
      readonly sourceEnd: number;
      /** The forbidden rendering as written in the glossary. */
      readonly term: string;
      readonly targetStart: number;
      readonly targetEnd: number;
    };

const inside = (span: TextSpan, spans: readonly TextSpan[]): boolean =>
  spans.some((s) => s.start <= span.start && span.end <= s.end);

/**
 * Checks one block's translation against the terms found in its source (`sourceHits` from
 * `findTerms`). A hit is satisfied when any rendering of any of its entries occurs in the target
 * (tolerant of case and regular inflection, whole words only). Entries without renderings are
 * never "missing". A forbidden rendering that lies inside an approved one of the same entry
 * (forbidden "branch", approved "Party branch") is not reported. Findings come in source order,
 * a block's `forbidden` findings once per target occurrence.
 */
export function checkTerms(sourceHits: readonly TermHit[], targetText: string, entries: GlossaryLookup): TermFinding[] {
  const byId = toEntryMap(entries);
  const findings: TermFinding[] = [];
  const approvedSpans = new Map<string, TextSpan[]>();
  const spansOf = (entry: GlossaryEntry): TextSpan[] => {
    let spans = approvedSpans.get(entry.id);
    if (spans === undefined) {
      spans = entry.targets.flatMap((t) => findRendering(t, targetText));
      approvedSpans.set(entry.id, spans);
    }
    return spans;
  };
  const forbiddenDone = new Set<string>();
  for (const hit of sourceHits) {
    const hitEntries = hit.entryIds.map((id) => byId.get(id)).filter((e): e is GlossaryEntry => e !== undefined);
    const withTargets = hitEntries.filter((e) => e.targets.length > 0);
    const first = withTargets[0];
    if (first !== undefined && !withTargets.some((e) => spansOf(e).length > 0)) {
      findings.push({
        kind: 'missing',
        entryId: first.id,
        source: first.source,
        sourceStart: hit.start,
        sourceEnd: hit.end,
        expected: [...new Set(withTargets.flatMap((e) => e.targets))],
      });
    }
    for (const entry of hitEntries) {
      if (forbiddenDone.has(entry.id) || entry.forbidden.length === 0) continue;
      forbiddenDone.add(entry.id);
      const approved = spansOf(entry);
      for (const term of entry.forbidden) {
        for (const span of findRendering(term, targetText)) {
          if (inside(span, approved)) continue;
          findings.push({
            kind: 'forbidden',
            entryId: entry.id,
            source: entry.source,
            sourceStart: hit.start,
            sourceEnd: hit.end,
            term,
            targetStart: span.start,
            targetEnd: span.end,
          });
        }
      }
    }
  }
  return findings;
}
