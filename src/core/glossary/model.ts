/**
 * One glossary (termbase) entry: a Chinese source term, its approved English renderings (several
 * are normal: "poverty alleviation", "the fight against poverty"), renderings that must not be
 * used, a free note and an optional part of speech. `caseSensitive` only matters for Latin
 * letters in `source` (e.g. "PPP" vs "ppp"); Chinese has no case.
 */
export interface GlossaryEntry {
  readonly id: string;
  readonly source: string;
  readonly targets: readonly string[];
  readonly forbidden: readonly string[];
  readonly note: string;
  /** Free text; TBX-Basic suggests noun, verb, adjective, adverb, properNoun, other. */
  readonly partOfSpeech?: string;
  readonly caseSensitive: boolean;
}

/**
 * A glossary term found in a text. `start`/`end` are UTF-16 code-unit offsets (what the editor
 * uses); convert with {@link toCodePointHits} before they leave the app. `entryIds` lists every
 * entry whose source matched here (usually one; several when a glossary repeats a source term).
 */
export interface TermHit {
  readonly start: number;
  readonly end: number;
  readonly entryIds: readonly string[];
}

/** Entries by id, or a plain list (looked up by id on demand). */
export type GlossaryLookup = ReadonlyMap<string, GlossaryEntry> | readonly GlossaryEntry[];

/** Turns a {@link GlossaryLookup} into a map by id; a map is returned as is. */
export function toEntryMap(entries: GlossaryLookup): ReadonlyMap<string, GlossaryEntry> {
  if (!Array.isArray(entries)) return entries as ReadonlyMap<string, GlossaryEntry>;
  const map = new Map<string, GlossaryEntry>();
  for (const entry of entries as readonly GlossaryEntry[]) if (!map.has(entry.id)) map.set(entry.id, entry);
  return map;
}
