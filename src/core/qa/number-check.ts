/**
 * number-mismatch, by value: every Arabic number of the source (multipliers applied) must appear
 * in the English as digits, scaled digits or words (N月 also as the month's name); every number
 * the English claims must be licensed by the source (its digits or Chinese numerals).
 */
import { arabicNumbers, englishNumbers, licensedValues, valueKey, type SourceNumber, type TargetNumber } from './numbers/index.ts';

/** What does not match: source numbers absent from the English, English numbers absent from the source. */
export interface NumberMismatch {
  readonly missing: readonly SourceNumber[];
  readonly extra: readonly TargetNumber[];
}

/** Compares the numbers of one unit; null when they agree. */
export function compareNumbers(source: string, target: string): NumberMismatch | null {
  const sourceNumbers = arabicNumbers(source);
  const targetNumbers = englishNumbers(target);
  if (sourceNumbers.length === 0 && !targetNumbers.some((n) => n.claim)) return null;
  const stated = new Set(targetNumbers.map((n) => valueKey(n.value)));
  const missing: SourceNumber[] = [];
  const missingKeys = new Set<string>();
  for (const n of sourceNumbers) {
    const key = valueKey(n.value);
    if (stated.has(key) || missingKeys.has(key)) continue;
    missingKeys.add(key);
    missing.push(n);
  }
  // Most stated numbers are the source's own Arabic numbers; read the numerals only when needed.
  const arabic = new Set(sourceNumbers.map((n) => valueKey(n.value)));
  let licensedSet: Set<string> | null = null;
  const isLicensed = (key: string): boolean => arabic.has(key) || (licensedSet ??= new Set(licensedValues(source).map(valueKey))).has(key);
  const extra: TargetNumber[] = [];
  const extraKeys = new Set<string>();
  for (const n of targetNumbers) {
    if (!n.claim) continue;
    const key = valueKey(n.value);
    if (extraKeys.has(key) || isLicensed(key)) continue;
    extraKeys.add(key);
    extra.push(n);
  }
  return missing.length === 0 && extra.length === 0 ? null : { missing, extra };
}
