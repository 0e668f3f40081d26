/**
 * A tiny external store for `useSyncExternalStore`: one immutable snapshot, replaced (never
 * mutated) by {@link SnapshotStore.update}, which then notifies every subscriber. Subclasses add
 * the feature's actions and read the current state with `this.snapshot()`.
 */
export class SnapshotStore<S extends object> {
  #snapshot: S;
  readonly #listeners = new Set<() => void>();

  /** Starts with `initial` as the snapshot. */
  constructor(initial: S) {
    this.#snapshot = initial;
  }

  /** For useSyncExternalStore: registers a change listener and returns its unsubscribe. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** For useSyncExternalStore: the current snapshot (the same object until the next update). */
  readonly snapshot = (): S => this.#snapshot;

  /** Replaces the snapshot with `patch` merged over it and notifies every listener. */
  protected update(patch: Partial<S>): void {
    this.#snapshot = { ...this.#snapshot, ...patch };
    for (const listener of this.#listeners) listener();
  }
}
