import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { applyRowFilters, nextVisibleUnconfirmed } from '../editor/visible-rows.ts';
import { NO_FILTER, type FilterState } from './row-filter.ts';
import { SnapshotStore } from '../../app/snapshot-store.ts';

/** What the navigate toolbar and panel show. Replaced on change, for useSyncExternalStore. */
export interface NavigateSnapshot {
  readonly filter: FilterState;
  readonly dialog: 'goto' | 'help' | null;
  /** An i18n key of the navigate namespace to show in the panel, or null. */
  readonly message: 'next.none' | null;
}

/**
 * State of the navigate feature: the row filter, the open dialog, and the moves (go to row N,
 * next unconfirmed) that need the grid's env and every feature's filters (`features`, kept current
 * by the toolbar, which reads them from context). `currentIndex` is the focused row.
 */
export class NavigateStore extends SnapshotStore<NavigateSnapshot> {
  env: FeatureEnv;
  features: readonly WorkbenchFeature[] = [];
  currentIndex = -1;

  constructor(env: FeatureEnv) {
    super({ filter: NO_FILTER, dialog: null, message: null });
    this.env = env;
  }

  /** Replaces the filter (the grid re-applies it). */
  setFilter(filter: FilterState): void {
    this.update({ filter, message: null });
  }

  /** Opens a dialog, or closes it with null. */
  setDialog(dialog: NavigateSnapshot['dialog']): void {
    this.update({ dialog });
  }

  /** Toggles the shortcut overlay. */
  toggleHelp(): void {
    this.update({ dialog: this.snapshot().dialog === 'help' ? null : 'help' });
  }

  /** Goes to row number `row` (1-based); clears this feature's filter first if it hides that row. */
  goTo(row: number): void {
    const index = row - 1;
    const block = this.env.blocks[index];
    if (!block) return;
    const shown = this.#visible();
    if (shown.positionOf(index) === null) this.setFilter(NO_FILTER);
    this.update({ dialog: null });
    this.env.focusRow(index);
  }

  /** Moves the caret to the next visible unconfirmed row after the focused one (wrapping). */
  nextUnconfirmed(): void {
    const { blocks, currentStatus } = this.env;
    const next = nextVisibleUnconfirmed(blocks, this.#visible(), Math.max(this.currentIndex, -1), currentStatus);
    if (next === null) this.update({ message: 'next.none' });
    else this.env.focusRow(next);
  }

  /** How many rows the grid shows with every feature's filter applied. */
  shownCount(): number {
    return this.#visible().count;
  }

  #visible() {
    return applyRowFilters(this.env.blocks, this.features, this.env.currentStatus, this.env.currentTarget);
  }
}
