import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { applyRowFilters, nextVisibleUnconfirmed } from '../editor/visible-rows.ts';
import { NO_FILTER, type FilterState } from './row-filter.ts';

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
export class NavigateStore {
  env: FeatureEnv;
  features: readonly WorkbenchFeature[] = [];
  currentIndex = -1;
  #snapshot: NavigateSnapshot = { filter: NO_FILTER, dialog: null, message: null };
  readonly #listeners = new Set<() => void>();

  constructor(env: FeatureEnv) {
    this.env = env;
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** For useSyncExternalStore. */
  readonly snapshot = (): NavigateSnapshot => this.#snapshot;

  #set(patch: Partial<NavigateSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }

  /** Replaces the filter (the grid re-applies it). */
  setFilter(filter: FilterState): void {
    this.#set({ filter, message: null });
  }

  /** Opens a dialog, or closes it with null. */
  setDialog(dialog: NavigateSnapshot['dialog']): void {
    this.#set({ dialog });
  }

  /** Toggles the shortcut overlay. */
  toggleHelp(): void {
    this.#set({ dialog: this.#snapshot.dialog === 'help' ? null : 'help' });
  }

  /** Goes to row number `row` (1-based); clears this feature's filter first if it hides that row. */
  goTo(row: number): void {
    const index = row - 1;
    const block = this.env.blocks[index];
    if (!block) return;
    const shown = this.#visible();
    if (shown.positionOf(index) === null) this.setFilter(NO_FILTER);
    this.#set({ dialog: null });
    this.env.focusRow(index);
  }

  /** Moves the caret to the next visible unconfirmed row after the focused one (wrapping). */
  nextUnconfirmed(): void {
    const { blocks, currentStatus } = this.env;
    const next = nextVisibleUnconfirmed(blocks, this.#visible(), Math.max(this.currentIndex, -1), currentStatus);
    if (next === null) this.#set({ message: 'next.none' });
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
