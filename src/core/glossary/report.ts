import type { GlossaryEntry } from './model.ts';

/**
 * Why an imported row or concept was left out. The UI shows it via the i18n key
 * `glossary:skip.<reason>`.
 */
export type SkipReason = 'emptyTerm' | 'duplicate' | 'badQuoting' | 'extraFields' | 'noSourceTerm';

/** One thing an importer skipped: a CSV/TSV line (1-based, where the record starts) or a TBX concept. */
export interface SkippedItem {
  readonly line?: number;
  readonly conceptId?: string;
  readonly reason: SkipReason;
  /** For `duplicate`: the line or concept id of the entry that was kept. */
  readonly firstSeen?: string;
}

/** What every glossary importer returns: the entries it read and what it skipped, with reasons. */
export interface GlossaryImportReport {
  readonly entries: GlossaryEntry[];
  readonly skipped: SkippedItem[];
}
