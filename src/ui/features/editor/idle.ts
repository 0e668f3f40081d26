/** How long one slice of background work may run (ms): well under a 50 ms long task. */
export const SLICE_MS = 8;

/** A slice's budget: `timeLeft()` says how many milliseconds it may still use. */
export interface IdleSlice {
  timeLeft(): number;
}

/** Runs `work` later, when the page is idle (or after `timeoutMs` at the latest); returns a cancel function. */
export type IdleScheduler = (work: (slice: IdleSlice) => void) => () => void;

/**
 * The browser's scheduler: requestIdleCallback with a timeout (so background work still makes
 * progress while the user scrolls continuously), each slice capped at {@link SLICE_MS}; where
 * requestIdleCallback is missing (Node tests, old engines) a zero-delay timer with the same cap.
 */
export function idleScheduler(timeoutMs = 300): IdleScheduler {
  return (work) => {
    const budget = (deadline?: IdleDeadline): IdleSlice => {
      const start = performance.now();
      return {
        timeLeft: () => {
          const own = SLICE_MS - (performance.now() - start);
          return deadline && !deadline.didTimeout ? Math.min(own, deadline.timeRemaining()) : own;
        },
      };
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback((deadline) => work(budget(deadline)), { timeout: timeoutMs });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => work(budget()), 0);
    return () => clearTimeout(handle);
  };
}
