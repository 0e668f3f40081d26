/**
 * inconsistent-translation: units whose sources are the same after width normalisation (NFKC)
 * and whitespace removal but whose English differs (after trimming and collapsing whitespace).
 * Every unit of such a group is flagged. Units without a real translation (empty, untranslated)
 * take no part: they have their own findings.
 */
import { finding } from './findings.ts';
import { isEmptyTarget, isUntranslated } from './text-checks.ts';
import type { QaFinding, QaUnit } from './types.ts';

/** The form sources are grouped by: NFKC (full-width → ASCII) with all whitespace removed. */
export function sourceKey(source: string): string {
  return source.normalize('NFKC').replace(/\s+/gu, '');
}

/** The form translations are compared in: trimmed, whitespace runs collapsed. */
export function targetKey(target: string): string {
  return target.trim().replace(/\s+/gu, ' ');
}

/** Keeps, for each unit, the translations it disagrees with; one entry per group of at least two. */
export function consistencyGroups(units: readonly QaUnit[]): QaUnit[][] {
  const groups = new Map<string, QaUnit[]>();
  for (const unit of units) {
    if (unit.source.trim() === '' || isEmptyTarget(unit.target) || isUntranslated(unit.source, unit.target)) continue;
    const key = sourceKey(unit.source);
    const group = groups.get(key);
    if (group) group.push(unit);
    else groups.set(key, [unit]);
  }
  return [...groups.values()].filter((g) => g.length > 1 && new Set(g.map((u) => targetKey(u.target))).size > 1);
}

/** One finding per unit of each inconsistent group, naming the other units of the group. */
export function inconsistentFindings(units: readonly QaUnit[]): QaFinding[] {
  const out: QaFinding[] = [];
  for (const group of consistencyGroups(units)) {
    for (const unit of group) {
      const others = group.filter((u) => u !== unit && targetKey(u.target) !== targetKey(unit.target)).map((u) => u.id);
      out.push(finding('inconsistent-translation', unit.id, 'inconsistent', { others: others.join(', '), count: others.length }, [], [], `inconsistent-translation|${targetKey(unit.target)}`));
    }
  }
  return out;
}
