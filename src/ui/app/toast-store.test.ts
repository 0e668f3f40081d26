import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ToastStore, TOAST_MS } from './toast-store.ts';

describe('ToastStore', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows a toast and removes it after its time', () => {
    const store = new ToastStore();
    store.show({ message: 'Deleted' });
    expect(store.snapshot().toasts.map((t) => t.message)).toEqual(['Deleted']);
    vi.advanceTimersByTime(TOAST_MS + 1);
    expect(store.snapshot().toasts).toEqual([]);
  });

  it('runs the undo once and removes the toast', async () => {
    const store = new ToastStore();
    const undo = vi.fn();
    const id = store.show({ message: 'Deleted', undo });
    await store.undo(id, () => undefined);
    await store.undo(id, () => undefined);
    expect(undo).toHaveBeenCalledTimes(1);
    expect(store.snapshot().toasts).toEqual([]);
  });

  it('reports a failing undo instead of throwing', async () => {
    const store = new ToastStore();
    const errors: unknown[] = [];
    const id = store.show({ message: 'Deleted', undo: () => Promise.reject(new Error('host gone')) });
    await store.undo(id, (e) => errors.push(e));
    expect(errors).toHaveLength(1);
  });

  it('keeps the three newest', () => {
    const store = new ToastStore();
    for (const m of ['a', 'b', 'c', 'd']) store.show({ message: m });
    expect(store.snapshot().toasts.map((t) => t.message)).toEqual(['b', 'c', 'd']);
  });
});
