/**
 * Shared shapes of the aligner. A bead pairs a run of consecutive Chinese segments with a run of
 * consecutive English segments (either may be empty: a null bead); beads are in order and every
 * segment is in exactly one bead. `score` is the aligner's confidence in [0, 1].
 */
export interface Bead {
  readonly zh: readonly number[];
  readonly en: readonly number[];
  readonly score: number;
}

/** A bead kind as (Chinese count, English count) with its prior cost (−log probability, tuned). */
export interface BeadShape {
  readonly zh: number;
  readonly en: number;
  readonly prior: number;
}

/** A glossary pair used as lexical evidence: if `zh` occurs, any of `en` counts as its translation. */
export interface GlossaryPair {
  readonly zh: string;
  readonly en: readonly string[];
}
