import type { GlossaryEntry } from '../../core/glossary/model.ts';

/** The outcome of merging imported entries into a glossary. */
export interface MergeResult {
  /** Entries to write: new ones and changed existing ones (existing ids kept). */
  readonly toWrite: GlossaryEntry[];
  readonly added: number;
  readonly updated: number;
}

const union = (first: readonly string[], second: readonly string[]): string[] => {
  const out = [...first];
  const seen = new Set(first.map((s) => s.toLowerCase()));
  for (const s of second) {
    if (!seen.has(s.toLowerCase())) {
      seen.add(s.toLowerCase());
      out.push(s);
    }
  }
  return out;
};

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((s, i) => s === b[i]);

/**
 * Merges `incoming` into `existing` by source term (trimmed, exact): an unknown term is added
 * under the id `idFor(entry)` returns; a known one keeps its id and order of renderings and gains
 * the incoming translations and forbidden renderings it lacks (compared case-insensitively), and
 * the incoming note / part of speech where its own are empty. An import never deletes or
 * reorders what the user has. Entries that end up unchanged are neither written nor counted.
 */
export function mergeEntries(existing: readonly GlossaryEntry[], incoming: readonly GlossaryEntry[], idFor: (entry: GlossaryEntry) => string): MergeResult {
  const bySource = new Map<string, GlossaryEntry>();
  for (const entry of existing) if (!bySource.has(entry.source.trim())) bySource.set(entry.source.trim(), entry);
  const changed = new Map<string, GlossaryEntry>();
  let added = 0;
  let updated = 0;
  for (const entry of incoming) {
    const source = entry.source.trim();
    if (source === '') continue;
    const current = bySource.get(source);
    if (current === undefined) {
      const fresh: GlossaryEntry = { ...entry, id: idFor(entry), source };
      bySource.set(source, fresh);
      changed.set(fresh.id, fresh);
      added++;
      continue;
    }
    const targets = union(current.targets, entry.targets);
    const forbidden = union(current.forbidden, entry.forbidden);
    const note = current.note.trim() !== '' ? current.note : entry.note;
    const partOfSpeech = current.partOfSpeech || entry.partOfSpeech;
    if (sameList(targets, current.targets) && sameList(forbidden, current.forbidden) && note === current.note && partOfSpeech === current.partOfSpeech) continue;
    const merged: GlossaryEntry = { ...current, targets, forbidden, note, ...(partOfSpeech ? { partOfSpeech } : {}) };
    if (!changed.has(current.id)) updated++;
    bySource.set(source, merged);
    changed.set(merged.id, merged);
  }
  return { toWrite: [...changed.values()], added, updated };
}
