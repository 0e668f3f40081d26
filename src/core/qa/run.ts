/**
 * Runs the checks: {@link checkUnit} on one unit (fast enough for every keystroke of the row
 * being edited), {@link checkUnits} on a whole set (adds inconsistent-translation).
 */
import type { TermHit } from '../glossary/index.ts';
import { finding, numberFinding, spanFinding, termFinding } from './findings.ts';
import { compareNumbers } from './number-check.ts';
import { termFindings, type QaGlossary } from './term-check.ts';
import { doubleSpaces, fullwidthPunctuation, hanRuns, isEmptyTarget, isUntranslated, unbalancedBrackets } from './text-checks.ts';
import { QA_CHECKS, type QaCheck, type QaFinding, type QaUnit } from './types.ts';
import { inconsistentFindings } from './consistency.ts';

/** What a run may be given: the glossary (no term checks without one) and the checks to run. */
export interface QaOptions {
  readonly glossary?: QaGlossary | null;
  /** The checks to run; all of {@link QA_CHECKS} when absent. */
  readonly checks?: ReadonlySet<QaCheck>;
  /** The unit's term hits, when the caller has them cached (the UI does). */
  readonly hits?: readonly TermHit[];
}

const ALL: ReadonlySet<QaCheck> = new Set(QA_CHECKS);

/**
 * The findings of one unit, in {@link QA_CHECKS} order (without inconsistent-translation, which
 * needs the other units). A unit with an empty source has nothing to check. empty-target and
 * untranslated suppress every other check on the unit, even when they are switched off.
 */
export function checkUnit(unit: QaUnit, options: QaOptions = {}): QaFinding[] {
  const checks = options.checks ?? ALL;
  const { id, source, target } = unit;
  if (source.trim() === '') return [];
  if (isEmptyTarget(target)) return checks.has('empty-target') ? [finding('empty-target', id, 'emptyTarget', {})] : [];
  if (isUntranslated(source, target)) return checks.has('untranslated') ? [finding('untranslated', id, 'untranslated', {}, [{ start: 0, end: target.length }])] : [];
  const out: QaFinding[] = [];
  if (checks.has('number-mismatch')) {
    const mismatch = compareNumbers(source, target);
    if (mismatch) out.push(numberFinding(id, mismatch));
  }
  if (options.glossary && (checks.has('term-missing') || checks.has('forbidden-term'))) {
    // A term that occurs several times is one finding, with every occurrence as a range.
    const byKey = new Map<string, QaFinding>();
    for (const f of termFindings(options.glossary, source, target, options.hits)) {
      const qa = termFinding(id, f);
      if (!checks.has(qa.check)) continue;
      const seen = byKey.get(qa.key);
      if (seen === undefined) byKey.set(qa.key, qa);
      else byKey.set(qa.key, { ...seen, sourceRanges: [...seen.sourceRanges, ...qa.sourceRanges], targetRanges: [...seen.targetRanges, ...qa.targetRanges] });
    }
    out.push(...byKey.values());
  }
  const spanCheck = (check: QaCheck, detailKey: string, find: (t: string) => { start: number; end: number }[]): void => {
    if (!checks.has(check)) return;
    const ranges = find(target);
    if (ranges.length > 0) out.push(spanFinding(check, detailKey, id, target, ranges));
  };
  spanCheck('cjk-in-target', 'cjkInTarget', hanRuns);
  spanCheck('fullwidth-punct-in-target', 'fullwidthPunct', fullwidthPunctuation);
  spanCheck('unbalanced-brackets', 'unbalancedBrackets', unbalancedBrackets);
  spanCheck('double-space', 'doubleSpace', doubleSpaces);
  const order = (f: QaFinding): number => QA_CHECKS.indexOf(f.check);
  return out.sort((a, b) => order(a) - order(b));
}

/**
 * The findings of a whole set: {@link checkUnit} on each unit plus inconsistent-translation over
 * all of them, grouped by unit in the order of `units`.
 */
export function checkUnits(units: readonly QaUnit[], options: Omit<QaOptions, 'hits'> = {}): QaFinding[] {
  const checks = options.checks ?? ALL;
  const byUnit = new Map<string, QaFinding[]>();
  for (const unit of units) byUnit.set(unit.id, [...(byUnit.get(unit.id) ?? []), ...checkUnit(unit, options)]);
  if (checks.has('inconsistent-translation')) {
    for (const f of inconsistentFindings(units)) byUnit.get(f.unit)?.push(f);
  }
  return [...byUnit.values()].flat();
}
