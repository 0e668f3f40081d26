/**
 * An inverted index from a numeric key (a character or a character bigram) to the ordinals of the
 * units holding it, each ordinal at most once per key. Bulk loads are frozen into compressed
 * sparse rows (one Int32Array of offsets, one of ordinals): 100,000 units of Chinese make a few
 * million postings, which typed arrays hold in a few tens of MB where arrays of boxed numbers
 * would take several times that. Units added after the freeze go to a small growable tail.
 */

/** Postings lists keyed by number. */
export class Postings {
  private slots = new Map<number, number>();
  private offsets = new Int32Array(1);
  private items = new Int32Array(0);
  private building = new Map<number, number[]>();
  private tail = new Map<number, number[]>();

  /** Adds `ordinal` under every key of `keys`; ordinals must be added in increasing order. */
  add(ordinal: number, keys: Iterable<number>, bulk: boolean): void {
    const target = bulk ? this.building : this.tail;
    for (const key of keys) {
      const list = target.get(key);
      if (list === undefined) target.set(key, [ordinal]);
      else if (list[list.length - 1] !== ordinal) list.push(ordinal);
    }
  }

  /**
   * Moves bulk-added postings (and the tail) into the frozen arrays. Call after a bulk load; the
   * lists of one key stay in ordinal order because every bulk/tail ordinal is newer than the frozen ones.
   */
  freeze(): void {
    const merged = new Map<number, number[]>();
    const take = (source: Map<number, number[]>): void => {
      for (const [key, list] of source) {
        const have = merged.get(key);
        if (have) for (const o of list) have.push(o);
        else merged.set(key, list);
      }
    };
    take(this.building);
    take(this.tail);
    if (merged.size === 0) return;
    const keys = new Set<number>([...this.slots.keys(), ...merged.keys()]);
    let total = this.items.length;
    for (const list of merged.values()) total += list.length;
    const offsets = new Int32Array(keys.size + 1);
    const items = new Int32Array(total);
    const slots = new Map<number, number>();
    let at = 0;
    let slot = 0;
    for (const key of keys) {
      slots.set(key, slot);
      offsets[slot] = at;
      const old = this.slots.get(key);
      if (old !== undefined) {
        const part = this.items.subarray(this.offsets[old]!, this.offsets[old + 1]!);
        items.set(part, at);
        at += part.length;
      }
      const add = merged.get(key);
      if (add) for (const o of add) items[at++] = o;
      slot++;
    }
    offsets[slot] = at;
    this.slots = slots;
    this.offsets = offsets;
    this.items = items;
    this.building = new Map();
    this.tail = new Map();
  }

  /** Number of units holding `key` (frozen and tail). */
  count(key: number): number {
    const slot = this.slots.get(key);
    const frozen = slot === undefined ? 0 : this.offsets[slot + 1]! - this.offsets[slot]!;
    return frozen + (this.tail.get(key)?.length ?? 0) + (this.building.get(key)?.length ?? 0);
  }

  /** Calls `visit` with every ordinal holding `key`, oldest first. */
  forEach(key: number, visit: (ordinal: number) => void): void {
    const slot = this.slots.get(key);
    if (slot !== undefined) {
      const end = this.offsets[slot + 1]!;
      for (let i = this.offsets[slot]!; i < end; i++) visit(this.items[i]!);
    }
    const building = this.building.get(key);
    if (building) for (const o of building) visit(o);
    const tail = this.tail.get(key);
    if (tail) for (const o of tail) visit(o);
  }

  /** Postings held outside the frozen arrays (grows with single adds; freeze when large). */
  get tailSize(): number {
    return this.tail.size;
  }

  /** Bytes held by the frozen arrays. */
  get frozenBytes(): number {
    return this.items.byteLength + this.offsets.byteLength;
  }
}

/** The bigram keys of a folded text: `unit(i) · 65536 + unit(i+1)`. */
export function bigramKeys(text: string): number[] {
  const keys: number[] = [];
  for (let i = 0; i + 1 < text.length; i++) keys.push(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1));
  return keys;
}

/** The unigram keys of a folded text (distinct code units). */
export function unigramKeys(text: string): number[] {
  const keys: number[] = [];
  for (let i = 0; i < text.length; i++) keys.push(text.charCodeAt(i));
  return keys;
}
