import type { GlossaryEntry } from './model.ts';

/** Test builder: an entry with defaults; `id` defaults to the source term. */
export function entry(source: string, fields: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id: source, source, targets: [], forbidden: [], note: '', caseSensitive: false, ...fields };
}

/** Deterministic PRNG (mulberry32) so randomized tests are reproducible. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
