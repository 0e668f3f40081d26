/** One bead of an alignment preview: 0-based segment indices on each side and the confidence in [0, 1]. */
export interface AlignBeadDto {
  readonly zh: readonly number[];
  readonly en: readonly number[];
  readonly score: number;
}

/** What `previewAlignment` returns: the segments, the beads, counts by bead kind and warnings to show. */
export interface AlignPreview {
  readonly zh: readonly string[];
  readonly en: readonly string[];
  readonly beads: readonly AlignBeadDto[];
  /** Beads per kind, e.g. `{"1-1": 120, "1-2": 9, "0-1": 1}`. */
  readonly kinds: Readonly<Record<string, number>>;
  /** Translatable warnings (`align:warnings.*`) with their details. */
  readonly warnings: readonly { readonly code: string; readonly details: Readonly<Record<string, string | number>> }[];
}
