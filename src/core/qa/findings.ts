/** Builds {@link QaFinding}s: the detail key and parameters of each check, and its ignore key. */
import type { TermFinding } from '../glossary/index.ts';
import { displayValue } from './numbers/index.ts';
import type { NumberMismatch } from './number-check.ts';
import type { QaCheck, QaFinding, QaRange } from './types.ts';

/** The i18n key (without the `qa:` namespace) of each check's label in lists and settings. */
export const CHECK_LABEL_KEYS: Readonly<Record<QaCheck, string>> = {
  'empty-target': 'check.emptyTarget',
  untranslated: 'check.untranslated',
  'number-mismatch': 'check.numberMismatch',
  'term-missing': 'check.termMissing',
  'forbidden-term': 'check.forbiddenTerm',
  'cjk-in-target': 'check.cjkInTarget',
  'fullwidth-punct-in-target': 'check.fullwidthPunct',
  'unbalanced-brackets': 'check.unbalancedBrackets',
  'double-space': 'check.doubleSpace',
  'inconsistent-translation': 'check.inconsistent',
};

/** A finding with the given parts; `key` defaults to the check plus the detail parameters. */
export function finding(
  check: QaCheck,
  unit: string,
  detailKey: string,
  params: Record<string, string | number>,
  targetRanges: readonly QaRange[] = [],
  sourceRanges: readonly QaRange[] = [],
  key = `${check}|${Object.values(params).join('|')}`,
): QaFinding {
  return { check, unit, detail: { key: `qa:detail.${detailKey}`, params }, targetRanges, sourceRanges, key };
}

const list = (values: readonly string[]): string => [...new Set(values)].join(', ');

/** The number-mismatch finding: what is missing from the English and what is not in the source. */
export function numberFinding(unit: string, mismatch: NumberMismatch): QaFinding {
  const missing = list(mismatch.missing.map((n) => displayValue(n.value)));
  const extra = list(mismatch.extra.map((n) => displayValue(n.value)));
  const detailKey = missing && extra ? 'numberBoth' : missing ? 'numberMissing' : 'numberExtra';
  return finding(
    'number-mismatch',
    unit,
    detailKey,
    { missing, extra },
    mismatch.extra.map((n) => ({ start: n.start, end: n.end })),
    mismatch.missing.map((n) => ({ start: n.start, end: n.end })),
  );
}

/** A term-missing or forbidden-term finding from the glossary's term QA. */
export function termFinding(unit: string, f: TermFinding): QaFinding {
  const source = [{ start: f.sourceStart, end: f.sourceEnd }];
  if (f.kind === 'missing') {
    return finding('term-missing', unit, 'termMissing', { source: f.source, expected: f.expected.map((e) => `“${e}”`).join(' / ') }, [], source, `term-missing|${f.entryId}`);
  }
  return finding(
    'forbidden-term',
    unit,
    'forbiddenTerm',
    { source: f.source, term: f.term },
    [{ start: f.targetStart, end: f.targetEnd }],
    source,
    `forbidden-term|${f.entryId}|${f.term.toLowerCase()}`,
  );
}

/** A finding about spans of the English, quoting them (e.g. the Han characters left in). */
export function spanFinding(check: QaCheck, detailKey: string, unit: string, target: string, ranges: readonly QaRange[]): QaFinding {
  const text = list(ranges.map((r) => target.slice(r.start, r.end)));
  return finding(check, unit, detailKey, { text, count: ranges.length }, ranges, [], `${check}|${text}`);
}
