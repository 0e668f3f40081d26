/**
 * The column layout of an import in a few characters: per page for short documents
 * ("2 + 2"), or the distinct counts for long ones ("1–3"), so a 137-page PDF does not print
 * 137 numbers. Empty input (formats without pages) reads as one column.
 */
export function describeColumns(columnsPerPage: readonly number[]): string {
  if (columnsPerPage.length === 0) return '1';
  if (columnsPerPage.length <= 4) return columnsPerPage.join(' + ');
  const min = Math.min(...columnsPerPage);
  const max = Math.max(...columnsPerPage);
  return min === max ? String(min) : `${min}–${max}`;
}
