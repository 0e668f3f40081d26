import type { BlockDto } from '../../../shared/dto.ts';
import type { BlockStatus } from '../../../core/model/index.ts';
import type { RowFacts, RowFilter, WorkbenchFeature } from './feature.ts';

/**
 * The rows the grid shows, in document order, as positions (0…count-1 in the virtual list) and
 * document indexes (0-based position in the document). Without filters it is the identity and
 * allocates nothing per row.
 */
export interface VisibleRows {
  readonly count: number;
  /** Document index of the row at virtual position `pos`. */
  rowAt(pos: number): number;
  /** Virtual position of document index `index`, or null when that row is filtered out. */
  positionOf(index: number): number | null;
  /** Document index of the visible row `delta` rows away from `index` (a hidden `index` counts from where it would be), or null past either end. */
  step(index: number, delta: -1 | 1): number | null;
}

function allRows(count: number): VisibleRows {
  return {
    count,
    rowAt: (pos) => pos,
    positionOf: (index) => (index >= 0 && index < count ? index : null),
    step: (index, delta) => (index + delta >= 0 && index + delta < count ? index + delta : null),
  };
}

function someRows(indexes: Int32Array): VisibleRows {
  // First position whose document index is ≥ index (binary search: indexes are ascending).
  const lowerBound = (index: number): number => {
    let lo = 0;
    let hi = indexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (indexes[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    count: indexes.length,
    rowAt: (pos) => indexes[pos]!,
    positionOf: (index) => {
      const pos = lowerBound(index);
      return indexes[pos] === index ? pos : null;
    },
    step: (index, delta) => {
      const pos = lowerBound(index);
      const next = delta > 0 ? (indexes[pos] === index ? pos + 1 : pos) : pos - 1;
      return next >= 0 && next < indexes.length ? indexes[next]! : null;
    },
  };
}

/**
 * Applies every feature's `rowFilter` to `rows` (a row is shown when all accept it). `status` and
 * `typed` give live state (undefined: as loaded). O(rows × filters); call only when filters,
 * rows or statuses change, not per keystroke.
 */
export function applyRowFilters(
  rows: readonly BlockDto[],
  features: readonly WorkbenchFeature[],
  status: (blockId: number) => BlockStatus | undefined,
  typed: (blockId: number) => string | undefined,
): VisibleRows {
  const filters = features.map((f) => f.rowFilter).filter((f): f is RowFilter => typeof f === 'function');
  if (filters.length === 0) return allRows(rows.length);
  const flags = new Map<string, (blockId: number) => boolean>();
  for (const feature of features) for (const flag of feature.rowFlags ?? []) flags.set(flag.id, flag.has);
  const kept: number[] = [];
  rows.forEach((block, index) => {
    const facts: RowFacts = {
      status: status(block.id) ?? block.status,
      target: typed(block.id) ?? block.target,
      flag: (id) => flags.get(id)?.(block.id) ?? false,
    };
    if (filters.every((accept) => accept(block, facts))) kept.push(index);
  });
  return someRows(Int32Array.from(kept));
}

/**
 * The document index of the next visible row after `from` that is not confirmed, wrapping
 * around; null when every visible row is confirmed. Ctrl+Enter moves there.
 */
export function nextVisibleUnconfirmed(
  rows: readonly BlockDto[],
  visible: VisibleRows,
  from: number,
  status: (blockId: number) => BlockStatus | undefined,
): number | null {
  const n = visible.count;
  if (n === 0) return null;
  const here = visible.positionOf(from);
  // From a hidden row, start at the first visible row after it.
  const start = here ?? (visible.step(from, 1) === null ? 0 : visible.positionOf(visible.step(from, 1)!)! - 1);
  for (let step = 1; step <= n; step++) {
    const index = visible.rowAt((((start + step) % n) + n) % n);
    const block = rows[index]!;
    if ((status(block.id) ?? block.status) !== 'confirmed') return index;
  }
  return null;
}

/**
 * A first guess of a row's height in pixels before it is measured, from its text lengths
 * (about 36 hanzi per 29 px line, 75 Latin characters per 24 px line at the default widths).
 * Good guesses keep the scrollbar and jumps steady in long documents.
 */
export function estimateRowHeight(block: BlockDto): number {
  const zhLines = Math.max(1, Math.ceil(block.source.length / 36));
  const enLines = Math.max(1, Math.ceil(block.target.length / 75));
  return 21 + Math.max(zhLines * 29, enLines * 24 + 10);
}
