import { describe, expect, it } from 'vitest';
import { SaveQueue, storageJournal, TAB_GONE_MS, type PendingEdit } from './save-queue.ts';

/** A Web Storage stand-in (Vitest runs in Node, without localStorage). */
class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();
  get length() {
    return this.#items.size;
  }
  clear() {
    this.#items.clear();
  }
  getItem(key: string) {
    return this.#items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.#items.delete(key);
  }
  setItem(key: string, value: string) {
    this.#items.set(key, value);
  }
}

const edit = (blockId: number, target: string): PendingEdit => ({ blockId, target, status: 'draft' });
const P = '/p/sample.duizhao';

describe('storageJournal (one journal per tab)', () => {
  it('two tabs writing never replace each other’s entries, and a restart recovers both', () => {
    const storage = new MemoryStorage();
    let now = 1_000;
    const a = storageJournal(storage, P, 'A', () => now);
    const b = storageJournal(storage, P, 'B', () => now);
    a.read();
    b.read();
    a.write([edit(1, 'from tab A')]);
    b.write([edit(2, 'from tab B')]);
    b.write([edit(2, 'from tab B, later')]);
    // The host crashed and both tabs are gone; a new page opens the project.
    now += TAB_GONE_MS + 1;
    const c = storageJournal(storage, P, 'C', () => now);
    expect(c.read().sort((x, y) => x.blockId - y.blockId)).toEqual([edit(1, 'from tab A'), edit(2, 'from tab B, later')]);
    // Adopted once: the old keys are gone, the entries live on in C's journal.
    expect(storageJournal(storage, P, 'D', () => now).read()).toEqual([]);
  });

  it('leaves the journal of a tab that is still alive alone, and adopts a reloaded tab at once', () => {
    const storage = new MemoryStorage();
    const now = 5_000;
    const a = storageJournal(storage, P, 'A', () => now);
    a.read();
    a.write([edit(1, 'typing in A')]);
    expect(storageJournal(storage, P, 'B', () => now).read()).toEqual([]);
    a.farewell(); // A reloads
    expect(storageJournal(storage, P, 'A2', () => now).read()).toEqual([edit(1, 'typing in A')]);
  });

  it('recovers the journal of the single-key format and drops malformed entries', () => {
    const storage = new MemoryStorage();
    storage.setItem(`duizhao.unsaved:${P}`, JSON.stringify([edit(4, 'old build'), { blockId: 'x', target: 3 }, { blockId: 5, target: 'no status' }]));
    expect(storageJournal(storage, P, 'A').read()).toEqual([edit(4, 'old build')]);
  });
});

describe('SaveQueue never jams', () => {
  it('sets a permanently refused edit aside and keeps saving the others', async () => {
    const storage = new MemoryStorage();
    const journal = storageJournal(storage, P, 'A');
    journal.read();
    journal.write([edit(99, 'for a block that no longer exists')]);
    const saved: PendingEdit[] = [];
    const queue = new SaveQueue({
      save: async (e) => {
        if (e.blockId === 99) throw Object.assign(new Error('gone'), { code: 'host:errors.blockNotFound', details: { blockId: 99 } });
        saved.push(e);
      },
      journal,
      setTimer: () => 0,
      clearTimer: () => undefined,
      onChange: () => undefined,
    });
    queue.update(edit(3, 'later edit'));
    await queue.flush();
    expect(saved).toEqual([edit(3, 'later edit')]);
    expect(queue.hasPending).toBe(false);
    expect(queue.failed().map((f) => [f.edit.blockId, f.code])).toEqual([[99, 'host:errors.blockNotFound']]);
    // Kept across a restart until the user clears it.
    expect(storageJournal(storage, P, 'A').readFailed!()).toHaveLength(1);
    queue.clearFailed();
    expect(storageJournal(storage, P, 'A').readFailed!()).toEqual([]);
  });

  it('keeps retrying a transient failure (host unreachable, disk full)', async () => {
    let fail = true;
    const saved: PendingEdit[] = [];
    const queue = new SaveQueue({
      save: async (e) => {
        if (fail) throw Object.assign(new Error('full'), { code: 'host:errors.diskFull', details: {} });
        saved.push(e);
      },
      journal: { read: () => [], write: () => undefined },
      setTimer: () => 0,
      clearTimer: () => undefined,
      onChange: () => undefined,
    });
    queue.update(edit(1, 'text'));
    await expect(queue.flush()).rejects.toThrow('full');
    expect(queue.hasPending).toBe(true);
    expect(queue.failed()).toEqual([]);
    fail = false;
    await queue.flush();
    expect(saved).toEqual([edit(1, 'text')]);
  });
});
