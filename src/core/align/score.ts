import type { EnFeatures, ZhFeatures } from './features.ts';
import type { BeadShape } from './types.ts';

/** Tunable weights of the bead cost (see {@link Scorer}); tuned on the dev split of bench/data/align. */
export interface ScoreParams {
  /** English characters per Chinese character; 0 = estimate from the two texts. */
  readonly ratio: number;
  /** Standard deviation of log(length ratio) for long segments, and the extra spread of short ones. */
  readonly logSdLong: number;
  readonly logSdShort: number;
  readonly lengthWeight: number;
  readonly lexicalWeight: number;
  /** Cost of leaving one segment unaligned (1-0, 0-1). */
  readonly skip: number;
  /** Weight of one anchor relative to one word in the similarity. */
  readonly anchorWeight: number;
}

/** Defaults for sentence beads. */
export const SENTENCE_PARAMS: ScoreParams = {
  ratio: 0, logSdLong: 0.22, logSdShort: 3, lengthWeight: 1, lexicalWeight: 6, skip: 4, anchorWeight: 2,
};

/** Defaults for paragraph beads (paragraphs are long, so lengths are more reliable). */
export const PARAGRAPH_PARAMS: ScoreParams = {
  ratio: 0, logSdLong: 0.18, logSdShort: 3, lengthWeight: 1, lexicalWeight: 6, skip: 4, anchorWeight: 2,
};

/** Bead kinds searched, with prior costs. 1-0 and 0-1 cost `skip` on top (see {@link Scorer.cost}). */
export const SHAPES: readonly BeadShape[] = [
  { zh: 1, en: 1, prior: 0 },
  { zh: 1, en: 0, prior: 0 },
  { zh: 0, en: 1, prior: 0 },
  { zh: 2, en: 1, prior: 1.0 },
  { zh: 1, en: 2, prior: 1.0 },
  { zh: 2, en: 2, prior: 2.2 },
  { zh: 3, en: 1, prior: 2.2 },
  { zh: 1, en: 3, prior: 2.2 },
  { zh: 4, en: 1, prior: 3.4 },
  { zh: 1, en: 4, prior: 3.4 },
];

/** Similarity evidence for one candidate bead. */
export interface Evidence {
  /** Fraction of words and anchors on both sides that found a counterpart, in [0, 1]. */
  readonly similarity: number;
  /** Whether there was anything to compare at all (else similarity is a neutral guess). */
  readonly informative: boolean;
  /** −log of the length model's likelihood (0 = exactly the expected length). */
  readonly lengthCost: number;
}

/**
 * Scores candidate beads over fixed segment features. The cost of a bead is
 * prior + lengthWeight·lengthCost + lexicalWeight·(1 − similarity)·(size / 2), with size the
 * number of segments it covers, so paths with different bead counts compare fairly; a null bead
 * costs `skip` per segment. Similarity counts Chinese words whose CC-CEDICT glosses include an
 * English lemma of the bead, English lemmas found among the glosses, and anchors (numbers by
 * value, Latin tokens, quotes, titles) found on the other side; English numbers missing on the
 * Chinese side count against it. Scratch marks make one evaluation O(words · glosses).
 */
export class Scorer {
  readonly #zh: readonly ZhFeatures[];
  readonly #en: readonly EnFeatures[];
  readonly #p: ScoreParams;
  readonly #ratio: number;
  readonly #markEn: Int32Array;
  readonly #markZh: Int32Array;
  #stamp = 0;

  constructor(zh: readonly ZhFeatures[], en: readonly EnFeatures[], idCount: number, params: ScoreParams) {
    this.#zh = zh;
    this.#en = en;
    this.#p = params;
    this.#markEn = new Int32Array(idCount);
    this.#markZh = new Int32Array(idCount);
    let lz = 0;
    let le = 0;
    for (const f of zh) lz += f.length;
    for (const f of en) le += f.length;
    const estimated = lz > 0 && le > 0 ? le / lz : 3.2;
    this.#ratio = params.ratio > 0 ? params.ratio : Math.min(6, Math.max(1.8, estimated));
  }

  /** The English/Chinese character ratio the length model uses. */
  get ratio(): number {
    return this.#ratio;
  }

  /** Evidence for Chinese [i0, i1) against English [j0, j1); both ranges non-empty. */
  evidence(i0: number, i1: number, j0: number, j1: number): Evidence {
    const stamp = ++this.#stamp;
    const markEn = this.#markEn;
    const markZh = this.#markZh;
    let le = 0;
    for (let j = j0; j < j1; j++) {
      const f = this.#en[j] as EnFeatures;
      le += f.length;
      for (const id of f.lemmas) markEn[id] = stamp;
      for (const id of f.anchorSet) markEn[id] = stamp;
    }
    let lz = 0;
    let found = 0;
    let total = 0;
    const aw = this.#p.anchorWeight;
    for (let i = i0; i < i1; i++) {
      const f = this.#zh[i] as ZhFeatures;
      lz += f.length;
      for (const word of f.words) {
        total++;
        for (const g of word) {
          if (markEn[g] === stamp) {
            found++;
            break;
          }
        }
      }
      for (const a of f.anchors) {
        total += aw;
        if (markEn[a] === stamp) found += aw;
        markZh[a] = stamp;
      }
      for (const g of f.glossAll) markZh[g] = stamp;
    }
    for (let j = j0; j < j1; j++) {
      const f = this.#en[j] as EnFeatures;
      for (const id of f.lemmas) {
        total++;
        if (markZh[id] === stamp) found++;
      }
      for (const id of f.numbers) {
        if (markZh[id] !== stamp) total += aw;
      }
    }
    const informative = total >= 2;
    const similarity = informative ? found / total : 0.25;
    return { similarity, informative, lengthCost: this.lengthCost(lz, le) };
  }

  /**
   * −log likelihood (up to a constant) of `le` English characters for `lz` Chinese ones under a
   * log-normal ratio model whose spread widens for short segments. The normalising log(sd) term
   * is left out on purpose: it would charge every bead for being short and so favour merging.
   */
  lengthCost(lz: number, le: number): number {
    const expected = lz * this.#ratio;
    const x = Math.log((le + 2) / (expected + 2));
    const sd = this.#p.logSdLong + this.#p.logSdShort / Math.sqrt(expected + le + 4);
    return (x * x) / (2 * sd * sd);
  }

  /** Cost of the bead of `shape` ending at (i, j), for {@link bandedAlign}. */
  readonly cost = (i: number, j: number, shape: BeadShape): number => {
    if (shape.zh === 0 || shape.en === 0) return this.#p.skip * (shape.zh + shape.en) + shape.prior;
    const e = this.evidence(i - shape.zh, i, j - shape.en, j);
    const size = (shape.zh + shape.en) / 2;
    return shape.prior + this.#p.lengthWeight * e.lengthCost + this.#p.lexicalWeight * (1 - e.similarity) * size;
  };
}
