import type { GlossaryEntry } from '../model.ts';

/** Test builder: an entry with defaults; `id` defaults to the source term. */
export function entry(source: string, fields: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id: source, source, targets: [], forbidden: [], note: '', caseSensitive: false, ...fields };
}
