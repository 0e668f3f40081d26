import { SnapshotStore } from './snapshot-store.ts';

/** One message at the foot of the window, optionally with an Undo. */
export interface Toast {
  readonly id: number;
  /** Already translated: the feature that raises the toast knows its words. */
  readonly message: string;
  /** Runs the undo; absent for a plain notice. */
  readonly undo?: () => Promise<void> | void;
}

/** What {@link ToastStore.show} takes: the toast without its id, and how long it stays. */
export interface ToastInput {
  readonly message: string;
  readonly undo?: () => Promise<void> | void;
  /** Milliseconds before it goes by itself; default {@link TOAST_MS}. */
  readonly timeoutMs?: number;
}

/** How long a toast stays: long enough to read it and reach Undo from the keyboard. */
export const TOAST_MS = 10_000;

/**
 * The toasts on screen, newest last. Every delete in the app (glossary entries, annotations,
 * links, comments, tags) raises one with an Undo that puts the deleted item back exactly, with its
 * id, so nothing is ever deleted without a way back.
 */
export class ToastStore extends SnapshotStore<{ readonly toasts: readonly Toast[] }> {
  #next = 1;
  readonly #timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor() {
    super({ toasts: [] });
  }

  /** Shows a toast and returns its id. */
  show(input: ToastInput): number {
    const id = this.#next++;
    const toast: Toast = input.undo ? { id, message: input.message, undo: input.undo } : { id, message: input.message };
    // At most three at once: a burst of deletes keeps the newest undo reachable.
    this.update({ toasts: [...this.snapshot().toasts, toast].slice(-3) });
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), input.timeoutMs ?? TOAST_MS),
    );
    return id;
  }

  /** Removes a toast (timeout, close button, or after its undo ran). */
  dismiss(id: number): void {
    const timer = this.#timers.get(id);
    if (timer !== undefined) clearTimeout(timer);
    this.#timers.delete(id);
    if (this.snapshot().toasts.some((t) => t.id === id)) this.update({ toasts: this.snapshot().toasts.filter((t) => t.id !== id) });
  }

  /** Runs a toast's undo once and removes the toast; a failure is reported through `onError`. */
  async undo(id: number, onError: (error: unknown) => void): Promise<void> {
    const toast = this.snapshot().toasts.find((t) => t.id === id);
    if (!toast?.undo) return;
    this.dismiss(id);
    try {
      await toast.undo();
    } catch (error) {
      onError(error);
    }
  }
}

/** The app's one toast store (the renderer has one window, so one stack of toasts). */
export const toasts = new ToastStore();
