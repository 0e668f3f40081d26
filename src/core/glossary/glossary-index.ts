import type { TermMatcher } from './matcher.ts';
import type { TermHit } from './model.ts';

/** A block of text as the editor knows it: a stable id and its current text. */
export interface TextBlock {
  readonly id: string;
  readonly text: string;
}

interface Cached {
  text: string;
  hits: readonly TermHit[];
  generation: number;
}

/**
 * Term hits per block, cached by (block id, text), so after a keystroke only the edited block is
 * matched again. Bound to one matcher: when the glossary changes, build a new index.
 */
export class GlossaryIndex {
  readonly matcher: TermMatcher;
  #cache = new Map<string, Cached>();
  #generation = 0;

  constructor(matcher: TermMatcher) {
    this.matcher = matcher;
  }

  /** Hits for one block, recomputed only if its text changed since the last call. */
  hits(block: TextBlock): readonly TermHit[] {
    const cached = this.#cache.get(block.id);
    if (cached !== undefined && cached.text === block.text) {
      cached.generation = this.#generation;
      return cached.hits;
    }
    const hits = this.matcher.findTerms(block.text);
    this.#cache.set(block.id, { text: block.text, hits, generation: this.#generation });
    return hits;
  }

  /**
   * Brings the cache in line with the whole document: recomputes blocks whose text changed and
   * forgets blocks that are gone. Returns the ids that were (re)computed, in document order.
   */
  refresh(blocks: Iterable<TextBlock>): string[] {
    const generation = ++this.#generation;
    const changed: string[] = [];
    let seen = 0;
    for (const block of blocks) {
      const cached = this.#cache.get(block.id);
      if (cached !== undefined && cached.text === block.text) {
        if (cached.generation !== generation) seen++;
        cached.generation = generation;
        continue;
      }
      if (cached === undefined || cached.generation !== generation) seen++;
      this.#cache.set(block.id, { text: block.text, hits: this.matcher.findTerms(block.text), generation });
      changed.push(block.id);
    }
    if (seen !== this.#cache.size) {
      for (const [id, cached] of this.#cache) if (cached.generation !== generation) this.#cache.delete(id);
    }
    return changed;
  }

  /** Cached hits for a block without recomputing, or undefined if the block is not cached. */
  peek(id: string): readonly TermHit[] | undefined {
    return this.#cache.get(id)?.hits;
  }

  /** Forgets one block. */
  delete(id: string): void {
    this.#cache.delete(id);
  }

  /** Number of cached blocks. */
  get size(): number {
    return this.#cache.size;
  }
}
