/**
 * Number values as the QA compares them: a float rounded to 9 significant digits, so 1.5 × 10⁴
 * and 15000 (or 0.1 + 0.2 and 0.3) compare equal, and a display form for findings ("2,314").
 */

/** A number found in a text: its value, where it is (UTF-16 offsets) and how it was written. */
export interface FoundNumber {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** The text as written ("1.5万", "fifteen thousand", "March"). */
  readonly text: string;
}

/** The comparison key of a value (9 significant digits, no exponent games for integers). */
export function valueKey(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(9)));
}

const display = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** The value as the English detail of a finding shows it: "2,314", "1.5", "15,000,000". */
export function displayValue(value: number): string {
  return display.format(value);
}
