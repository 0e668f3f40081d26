import { flushSync } from 'react-dom';
import { idleScheduler, type IdleScheduler, type IdleSlice } from './idle.ts';

/**
 * Decides whether a row mounting now starts as static text or as ProseMirror views, and turns
 * static rows into views once scrolling stopped, in idle slices of a few milliseconds, in the
 * order they mounted. While the grid scrolls, every step mounts a screenful of rows; creating two
 * editors and their feature plugins for each would make one long task per step, and most of
 * those rows leave the screen again a frame later. Rows a user or a feature reaches for (focus,
 * click, hover) are upgraded at once with {@link now}.
 */
export class RowUpgrader {
  readonly #pending = new Map<number, () => void>();
  readonly #urgent = new Set<number>();
  readonly #idle: IdleScheduler;
  #scrolling = false;
  #cancel: (() => void) | null = null;

  /** `idle` runs the upgrades (idle slices in the browser). */
  constructor(idle: IdleScheduler = idleScheduler()) {
    this.#idle = idle;
  }

  /** Told by the grid on each render: true while the user (or a jump) is scrolling it. */
  setScrolling(scrolling: boolean): void {
    this.#scrolling = scrolling;
    this.#schedule();
  }

  /** Whether a row mounting now should start static (the grid scrolls and nobody waits for it). */
  shouldDefer(blockId: number): boolean {
    if (this.#urgent.delete(blockId)) return false;
    return this.#scrolling;
  }

  /** Queues a static row's upgrade (`upgrade` must render the views synchronously); returns a cancel. */
  request(blockId: number, upgrade: () => void): () => void {
    this.#pending.set(blockId, upgrade);
    this.#schedule();
    return () => {
      if (this.#pending.get(blockId) === upgrade) this.#pending.delete(blockId);
    };
  }

  /** True when the block's row is mounted as static text, waiting for its upgrade. */
  isStatic(blockId: number): boolean {
    return this.#pending.has(blockId);
  }

  /**
   * Upgrades a block's row now if it is static, or makes it mount with views if it is not
   * mounted yet (focus moves, jumps, features that need the row's editor).
   */
  now(blockId: number): void {
    const upgrade = this.#pending.get(blockId);
    if (upgrade) {
      this.#pending.delete(blockId);
      flushSync(upgrade);
    } else {
      this.#urgent.add(blockId);
    }
  }

  /** Stops upgrading (the grid unmounts). */
  dispose(): void {
    this.#cancel?.();
    this.#cancel = null;
    this.#pending.clear();
  }

  // Nothing is upgraded while scrolling: those rows are mostly gone again a frame later.
  #schedule(): void {
    if (this.#cancel === null && !this.#scrolling && this.#pending.size > 0) this.#cancel = this.#idle(this.#tick);
  }

  readonly #tick = (slice: IdleSlice): void => {
    this.#cancel = null;
    if (this.#scrolling) return; // setScrolling(false) schedules again
    for (const [blockId, upgrade] of this.#pending) {
      this.#pending.delete(blockId);
      flushSync(upgrade);
      if (slice.timeLeft() <= 0) break;
    }
    this.#schedule();
  };
}
