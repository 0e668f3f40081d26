/**
 * An inverted index from a numeric key (a character, or a character bigram packed into 32 bits)
 * to the ordinals of the units holding it, each ordinal once per key. Bulk loads are collected
 * as flat (key, ordinal) pairs and frozen into compressed sparse rows: an open-addressing table
 * maps a key to its slot, `offsets[slot]..offsets[slot+1]` indexes `items`. 100,000 units make a
 * few million postings; typed arrays hold them in tens of MB and build them without millions of
 * small arrays. Units added after the freeze go to a small growable tail (Map of arrays).
 */

/** Open-addressing map from a uint32 key to a slot number. */
class KeySlots {
  private keys: Uint32Array;
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Uint32Array(capacity);
    this.slots = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  private position(key: number): number {
    let at = Math.imul(key, 0x9e3779b1) & this.mask;
    while (this.slots[at] !== -1 && this.keys[at] !== key) at = (at + 1) & this.mask;
    return at;
  }

  get(key: number): number {
    return this.slots[this.position(key)]!;
  }

  /** The slot of `key`, assigning the next free slot number when it is new. */
  intern(key: number): number {
    if (this.size * 2 >= this.slots.length) this.grow();
    const at = this.position(key);
    const slot = this.slots[at]!;
    if (slot !== -1) return slot;
    this.keys[at] = key;
    this.slots[at] = this.size;
    return this.size++;
  }

  private grow(): void {
    const keys = this.keys;
    const slots = this.slots;
    this.keys = new Uint32Array(keys.length * 2);
    this.slots = new Int32Array(slots.length * 2).fill(-1);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < slots.length; i++) {
      if (slots[i] === -1) continue;
      const at = this.position(keys[i]!);
      this.keys[at] = keys[i]!;
      this.slots[at] = slots[i]!;
    }
  }
}

/** Postings lists keyed by uint32. */
export class Postings {
  private table = new KeySlots(1024);
  private offsets = new Int32Array(1);
  private items = new Int32Array(0);
  private pendingKeys = new Uint32Array(1 << 16);
  private pendingOrdinals = new Int32Array(1 << 16);
  private pending = 0;
  private tail = new Map<number, number[]>();

  /**
   * Adds `ordinal` under every key of `text` (its bigrams, or with `unigrams` its code units);
   * a key repeated in the text is stored once. Ordinals must increase from call to call.
   * `bulk` adds wait for {@link freeze}; others go to the tail and are visible at once.
   */
  addText(ordinal: number, text: string, unigrams: boolean, bulk: boolean): void {
    const n = unigrams ? text.length : text.length - 1;
    if (n <= 0) return;
    if (!bulk) {
      for (let i = 0; i < n; i++) {
        const key = unigrams ? text.charCodeAt(i) : ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
        const list = this.tail.get(key);
        if (!list) this.tail.set(key, [ordinal]);
        else if (list[list.length - 1] !== ordinal) list.push(ordinal);
      }
      return;
    }
    if (this.pending + n > this.pendingKeys.length) {
      const size = Math.max(this.pendingKeys.length * 2, this.pending + n);
      const k = new Uint32Array(size);
      k.set(this.pendingKeys.subarray(0, this.pending));
      const o = new Int32Array(size);
      o.set(this.pendingOrdinals.subarray(0, this.pending));
      this.pendingKeys = k;
      this.pendingOrdinals = o;
    }
    // Repeats are dropped at freeze time (see lastSeen there), which avoids a Set per unit here.
    for (let i = 0; i < n; i++) {
      this.pendingKeys[this.pending] = unigrams ? text.charCodeAt(i) : ((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0;
      this.pendingOrdinals[this.pending++] = ordinal;
    }
  }

  /**
   * Merges pending bulk postings and the tail into the frozen arrays. Lists stay in ordinal order:
   * frozen ordinals are older than pending ones, pending older than tail ones.
   */
  freeze(): void {
    const tailPairs: [number, number][] = [];
    for (const [key, list] of this.tail) for (const o of list) tailPairs.push([key, o]);
    if (this.pending === 0 && tailPairs.length === 0) return;
    tailPairs.sort((a, b) => a[1] - b[1]);
    const oldSlots = this.table.size;
    const total = this.pending + tailPairs.length;
    const slotOf = new Int32Array(total);
    for (let i = 0; i < this.pending; i++) slotOf[i] = this.table.intern(this.pendingKeys[i]!);
    tailPairs.forEach(([key], i) => (slotOf[this.pending + i] = this.table.intern(key)));
    const slots = this.table.size;
    const counts = new Int32Array(slots + 1);
    for (let s = 0; s < oldSlots; s++) counts[s] = this.offsets[s + 1]! - this.offsets[s]!;
    // A key repeated within one unit is counted and stored once: pairs arrive in ordinal order.
    const lastSeen = new Int32Array(slots).fill(-1);
    const keep = new Uint8Array(total);
    for (let i = 0; i < total; i++) {
      const slot = slotOf[i]!;
      const o = i < this.pending ? this.pendingOrdinals[i]! : tailPairs[i - this.pending]![1];
      if (lastSeen[slot] === o) continue;
      lastSeen[slot] = o;
      keep[i] = 1;
      counts[slot]!++;
    }
    const offsets = new Int32Array(slots + 1);
    for (let s = 0; s < slots; s++) offsets[s + 1] = offsets[s]! + counts[s]!;
    const items = new Int32Array(offsets[slots]!);
    const fill = offsets.slice(0, slots);
    for (let s = 0; s < oldSlots; s++) {
      const part = this.items.subarray(this.offsets[s]!, this.offsets[s + 1]!);
      items.set(part, fill[s]!);
      fill[s]! += part.length;
    }
    for (let i = 0; i < this.pending; i++) if (keep[i]) items[fill[slotOf[i]!]!++] = this.pendingOrdinals[i]!;
    tailPairs.forEach(([, o], i) => {
      if (keep[this.pending + i]) items[fill[slotOf[this.pending + i]!]!++] = o;
    });
    this.offsets = offsets;
    this.items = items;
    this.pending = 0;
    this.pendingKeys = new Uint32Array(1 << 16);
    this.pendingOrdinals = new Int32Array(1 << 16);
    this.tail = new Map();
  }

  /** Number of units holding `key` (frozen and tail; pending bulk adds are not visible until frozen). */
  count(key: number): number {
    const slot = this.table.get(key);
    const frozen = slot === -1 ? 0 : this.offsets[slot + 1]! - this.offsets[slot]!;
    return frozen + (this.tail.get(key)?.length ?? 0);
  }

  /**
   * Adds 1 to `counts[o]` for every ordinal o holding `key`, appending o to `touched` (from
   * index `n`) when its count was 0; returns the new length of `touched`. The inner loop of a
   * lookup, kept free of callbacks and allocation. `touched` must have room for every unit.
   */
  accumulate(key: number, counts: Uint16Array, touched: Int32Array, n: number): number {
    const slot = this.table.get(key);
    if (slot !== -1) {
      const items = this.items;
      const end = this.offsets[slot + 1]!;
      for (let i = this.offsets[slot]!; i < end; i++) {
        const o = items[i]!;
        const c = counts[o]!;
        counts[o] = c + 1;
        if (c === 0) touched[n++] = o;
      }
    }
    const tail = this.tail.get(key);
    if (tail) {
      for (const o of tail) {
        const c = counts[o]!;
        counts[o] = c + 1;
        if (c === 0) touched[n++] = o;
      }
    }
    return n;
  }

  /** The newest `limit` ordinals holding `key`, newest first (tail, then frozen from the end). */
  newest(key: number, limit: number): number[] {
    const out: number[] = [];
    const tail = this.tail.get(key);
    if (tail) for (let i = tail.length - 1; i >= 0 && out.length < limit; i--) out.push(tail[i]!);
    const slot = this.table.get(key);
    if (slot !== -1) for (let i = this.offsets[slot + 1]! - 1; i >= this.offsets[slot]! && out.length < limit; i--) out.push(this.items[i]!);
    return out;
  }

  /** Calls `visit` with every ordinal holding `key`, oldest first. */
  forEach(key: number, visit: (ordinal: number) => void): void {
    const slot = this.table.get(key);
    if (slot !== -1) {
      const end = this.offsets[slot + 1]!;
      for (let i = this.offsets[slot]!; i < end; i++) visit(this.items[i]!);
    }
    const tail = this.tail.get(key);
    if (tail) for (const o of tail) visit(o);
  }

  /** Keys held in the tail (grows with single adds; freeze when large). */
  get tailSize(): number {
    return this.tail.size;
  }

  /** Bytes held by the frozen arrays. */
  get frozenBytes(): number {
    return this.items.byteLength + this.offsets.byteLength;
  }
}

/** The bigram keys of a folded text: `unit(i) · 65536 + unit(i+1)` (uint32). */
export function bigramKeys(text: string): number[] {
  const keys: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) keys.push(((text.charCodeAt(i) << 16) | text.charCodeAt(i + 1)) >>> 0);
  return keys;
}

/** The unigram keys of a folded text (code units). */
export function unigramKeys(text: string): number[] {
  const keys: number[] = [];
  for (let i = 0; i < text.length; i++) keys.push(text.charCodeAt(i));
  return keys;
}
