/**
 * The QA model: check names (stable, used in files, settings and the CLI), units and findings.
 * Checks are pure functions of one unit (source, target) and a glossary, plus one pass over a
 * set of units for consistency, so they apply to a paragraph, a sentence or a file row alike.
 */

/** Every check, by its stable name, in the order findings are listed. */
export const QA_CHECKS = [
  'empty-target',
  'untranslated',
  'number-mismatch',
  'term-missing',
  'forbidden-term',
  'cjk-in-target',
  'fullwidth-punct-in-target',
  'unbalanced-brackets',
  'double-space',
  'inconsistent-translation',
] as const;

/** One of {@link QA_CHECKS}. */
export type QaCheck = (typeof QA_CHECKS)[number];

/** True when `name` is a check name. */
export function isQaCheck(name: string): name is QaCheck {
  return (QA_CHECKS as readonly string[]).includes(name);
}

/** What the checks look at: one translation unit (a block, a sentence, a file row). */
export interface QaUnit {
  /** Block id, tuid, trans-unit id or row id, as a string. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

/** A span of the source or target, UTF-16 offsets (convert to code points before they leave the app). */
export interface QaRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A human detail: an i18n key in the `qa` namespace (`qa:detail.*`) and its parameters, so the
 * UI and the CLI render it in the user's language.
 */
export interface QaDetail {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * One problem found. `targetRanges` are the offending words of the English (what a click selects);
 * `sourceRanges` the source words concerned (a term, a number). `key` identifies the finding
 * across edits of unrelated text (used to remember "ignore this finding").
 */
export interface QaFinding {
  readonly check: QaCheck;
  readonly unit: string;
  readonly detail: QaDetail;
  readonly targetRanges: readonly QaRange[];
  readonly sourceRanges: readonly QaRange[];
  readonly key: string;
}
