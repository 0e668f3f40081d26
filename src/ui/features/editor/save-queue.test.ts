import { describe, expect, it } from 'vitest';
import { SAVE_DEBOUNCE_MS, SaveQueue, type PendingEdit, type SaveQueueState } from './save-queue.ts';

// A fake clock and host: timers run only when the test advances time; saves can be made to fail.
function harness(initialJournal: PendingEdit[] = []) {
  let now = 0;
  const timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 1;
  let journal = initialJournal;
  const saved: PendingEdit[] = [];
  const states: SaveQueueState[] = [];
  let failing: Error | null = null;
  const queue = new SaveQueue({
    save: async (edit) => {
      if (failing) throw failing;
      saved.push(edit);
    },
    journal: { read: () => journal, write: (edits) => (journal = edits) },
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      const i = timers.findIndex((t) => t.id === id);
      if (i >= 0) timers.splice(i, 1);
    },
    onChange: (s) => states.push(s),
  });
  return {
    queue,
    saved,
    states,
    journal: () => journal,
    fail: (error: Error | null) => (failing = error),
    async advance(ms: number) {
      now += ms;
      for (const t of [...timers].filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const edit = (blockId: number, target: string): PendingEdit => ({ blockId, target, status: 'draft' });

describe('SaveQueue', () => {
  it('journals at once and saves the latest text once after the debounce', async () => {
    const h = harness();
    h.queue.update(edit(3, 'Lin'));
    h.queue.update(edit(3, 'Linxi'));
    expect(h.journal()).toEqual([edit(3, 'Linxi')]);
    await h.advance(SAVE_DEBOUNCE_MS - 1);
    expect(h.saved).toEqual([]);
    await h.advance(1);
    expect(h.saved).toEqual([edit(3, 'Linxi')]);
    expect(h.journal()).toEqual([]);
    expect(h.queue.hasPending).toBe(false);
  });

  it('keeps the edit and the journal when saving fails, and retries', async () => {
    const h = harness();
    h.fail(new Error('disk full'));
    h.queue.update(edit(1, 'text'));
    await expect(h.queue.flush()).rejects.toThrow('disk full');
    expect(h.queue.hasPending).toBe(true);
    expect(h.journal()).toEqual([edit(1, 'text')]);
    expect(h.states.at(-1)?.error).toBeInstanceOf(Error);
    h.fail(null);
    await h.advance(2_000);
    expect(h.saved).toEqual([edit(1, 'text')]);
    expect(h.states.at(-1)).toEqual({ pending: 0, error: null });
  });

  it('recovers journaled edits from a previous run and saves them on flush', async () => {
    const h = harness([edit(7, 'unsaved before crash')]);
    expect(h.queue.recovered()).toEqual([edit(7, 'unsaved before crash')]);
    await h.queue.flush();
    expect(h.saved).toEqual([edit(7, 'unsaved before crash')]);
  });

  it('attaches the ranges a feature mapped for the block at update time, and only for that block', async () => {
    const h = harness();
    const live = new Map([[3, [{ id: 'a1', start: 0, end: 5 }]]]);
    h.queue.setRangesProvider((blockId) => live.get(blockId));
    h.queue.update(edit(3, 'Linxi'));
    live.set(3, [{ id: 'a1', start: 4, end: 9 }]); // later typing must not rewrite the queued edit
    h.queue.update(edit(4, 'County'));
    await h.queue.flush();
    expect(h.saved).toEqual([{ ...edit(3, 'Linxi'), ranges: [{ id: 'a1', start: 0, end: 5 }] }, edit(4, 'County')]);
    h.queue.setRangesProvider(null);
    h.queue.update(edit(3, 'Linxi!'));
    await h.queue.flush();
    expect(h.saved.at(-1)).toEqual(edit(3, 'Linxi!'));
  });
});
