/** A pending "confirm anyway?" question: the row (1-based), how many findings, and the answer callback. */
export interface Question {
  readonly row: number;
  readonly count: number;
  readonly resolve: (confirm: boolean) => void;
}

/**
 * The one open confirm question, as a tiny external store, so the project-bar component that
 * renders the dialog re-renders without the feature object changing.
 */
export class ConfirmQuestion {
  #current: Question | null = null;
  #listeners = new Set<() => void>();

  /** The open question, or null. */
  get current(): Question | null {
    return this.#current;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Asks (an open question is answered "no" first, so at most one dialog is shown). */
  ask(row: number, count: number): Promise<boolean> {
    this.#current?.resolve(false);
    return new Promise<boolean>((resolve) => this.#set({ row, count, resolve }));
  }

  /** Answers the open question and closes it. */
  answer(confirm: boolean): void {
    const q = this.#current;
    this.#set(null);
    q?.resolve(confirm);
  }

  #set(q: Question | null): void {
    this.#current = q;
    for (const l of this.#listeners) l();
  }
}
