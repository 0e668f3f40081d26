import type { BlockStatus } from '../../../core/model/index.ts';
import type { RowFilter } from '../editor/feature.ts';

/** The navigate feature's filter: all conditions must hold; empty parts do not filter. */
export interface FilterState {
  /** Statuses to show; empty shows every status. */
  readonly statuses: readonly BlockStatus[];
  /** Row flags (`annotated`, `qa-finding`…) a row must have. */
  readonly flags: readonly string[];
  /** Text the Chinese or the English must contain (case-insensitive). */
  readonly text: string;
}

/** The filter that shows everything. */
export const NO_FILTER: FilterState = { statuses: [], flags: [], text: '' };

/** True when `filter` hides nothing. */
export function isEmptyFilter(filter: FilterState): boolean {
  return filter.statuses.length === 0 && filter.flags.length === 0 && filter.text.trim() === '';
}

/** The grid predicate for `filter`, or null when it shows everything (cheaper for the grid). */
export function toRowFilter(filter: FilterState): RowFilter | null {
  if (isEmptyFilter(filter)) return null;
  const statuses = new Set(filter.statuses);
  const needle = filter.text.trim().toLowerCase();
  return (block, facts) =>
    (statuses.size === 0 || statuses.has(facts.status)) &&
    filter.flags.every((flag) => facts.flag(flag)) &&
    (needle === '' || block.source.toLowerCase().includes(needle) || facts.target.toLowerCase().includes(needle));
}
