/** Payload shapes of the translation-memory slice of the contract (lookups, concordance, TM list). */

/** One TM match for the current row. Offsets are code points; texts show placeholders as ⟨n⟩. */
export interface TmMatchDto {
  /** The match's source as stored. */
  readonly source: string;
  /** The target to insert: with numbers adapted when `adapted` is set. */
  readonly target: string;
  /** 0–101 (101 context match, 100 exact, 99 and below fuzzy or adapted). */
  readonly score: number;
  /** Code-point ranges of `target` whose numbers were adapted to the current source. */
  readonly adapted: readonly (readonly [number, number])[];
  readonly tmName: string;
  readonly tmPath: string;
  readonly changedAt: string;
  readonly changedBy: string;
  readonly originFile?: string;
}

/** One concordance hit: the unit and the hit ranges (code points) on the searched side. */
export interface TmConcordanceHitDto {
  readonly source: string;
  readonly target: string;
  readonly hits: readonly (readonly [number, number])[];
  readonly tmName: string;
  readonly changedAt: string;
  readonly changedBy: string;
}

/** The result of a concordance search: every hit counted, the first `limit` returned. */
export interface TmConcordanceDto {
  readonly total: number;
  readonly hits: readonly TmConcordanceHitDto[];
}

/** One TM of the open project. `missing` when the file cannot be opened (its error code in `error`). */
export interface TmInfoDto {
  readonly path: string;
  readonly name: string;
  readonly role: 'working' | 'attached';
  readonly writable: boolean;
  readonly units: number;
  readonly sourceLang: string;
  readonly targetLang: string;
  readonly error?: string;
}

/** What a TM import did. */
export interface TmImportDto {
  readonly added: number;
  readonly skipped: number;
}
