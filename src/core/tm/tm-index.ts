/**
 * The in-memory search structure of one translation memory: character-bigram postings over the
 * folded sources (fuzzy lookup candidates), character and bigram postings for concordance, an
 * exact-source map and a numbers-masked map (placeables). A lookup touches only the postings of
 * the query's bigrams and verifies the best-sharing candidates with Myers' edit distance, so it
 * never scans the TM. Units are identified by the caller's ids (TM row ids).
 */
import { foldForMatch } from '../text/match-fold.ts';
import { compilePattern, myersDistance } from './myers.ts';
import { adaptNumbers, maskNumbers, type AdaptedTarget } from './placeables.ts';
import { Postings, bigramKeys, unigramKeys } from './postings.ts';
import { CONTEXT_SCORE, EXACT_SCORE, FOLD_PENALTY, PLACEABLE_PENALTY, fuzzyScore, maxDistanceFor, withoutSpace } from './score.ts';

/** One unit as the index needs it. */
export interface TmIndexUnit {
  readonly id: number;
  readonly source: string;
  readonly target: string;
  readonly prevSource?: string;
  readonly nextSource?: string;
}

/** What to look up: the current row's source and, for context matches, its neighbours' sources. */
export interface TmQuery {
  readonly source: string;
  readonly prevSource?: string;
  readonly nextSource?: string;
}

/** Options of {@link TmIndex.lookup}. */
export interface LookupOptions {
  /** Most matches returned (default 5). */
  readonly limit?: number;
  /** Lowest score returned (default 50). */
  readonly min?: number;
}

/** A scored match: the unit, its score and, for a placeable match, the adapted target. */
export interface TmHit {
  readonly id: number;
  readonly source: string;
  readonly target: string;
  readonly score: number;
  readonly adapted?: AdaptedTarget;
}

/** Candidates verified per lookup, best-sharing first; bounds the cost of low thresholds. */
const MAX_VERIFY = 400;
/** Postings a lookup reads at most (beyond its {@link MIN_KEYS} rarest keys). */
const POSTINGS_BUDGET = 20_000;
/** Query keys always read, however common. */
const MIN_KEYS = 3;
const NUMBER = /[0-9０-９]/;

/** See the file comment. */
export class TmIndex {
  private readonly ids: number[] = [];
  private readonly sources: string[] = [];
  private readonly targets: string[] = [];
  private readonly folded: string[] = [];
  private readonly lengths: number[] = [];
  private readonly contexts: (string | undefined)[] = [];
  private readonly byId = new Map<number, number>();
  private readonly exact = new Map<string, number[]>();
  private readonly masked = new Map<string, number[]>();
  private readonly bigrams = new Postings();
  private readonly unigrams = new Postings();
  private targetIndex: { folded: string[]; bigrams: Postings; unigrams: Postings } | null = null;
  private counts = new Uint16Array(1024);
  private touched = new Int32Array(1024);

  /** Number of units indexed. */
  get size(): number {
    return this.ids.length;
  }

  /**
   * Adds units (a unit whose id is already indexed replaces nothing: TM rows are immutable
   * once written except for dates). `bulk` defers compaction to {@link freeze}.
   */
  add(units: Iterable<TmIndexUnit>, bulk = false): void {
    for (const unit of units) {
      if (this.byId.has(unit.id)) continue;
      const ordinal = this.ids.length;
      const folded = foldForMatch(unit.source);
      this.ids.push(unit.id);
      this.sources.push(unit.source);
      this.targets.push(unit.target);
      this.folded.push(folded);
      this.lengths.push(folded.length);
      this.contexts.push(unit.prevSource === undefined && unit.nextSource === undefined ? undefined : contextKey(unit.prevSource, unit.nextSource));
      this.byId.set(unit.id, ordinal);
      pushTo(this.exact, folded, ordinal);
      if (NUMBER.test(folded)) pushTo(this.masked, maskNumbers(folded), ordinal);
      this.bigrams.addText(ordinal, folded, false, bulk);
      this.unigrams.addText(ordinal, folded, true, bulk);
      if (this.targetIndex) this.indexTarget(ordinal, bulk);
    }
    if (!bulk && this.bigrams.tailSize > 50_000) this.freeze();
  }

  /** Compacts postings into typed arrays; call after a bulk {@link add}. */
  freeze(): void {
    this.bigrams.freeze();
    this.unigrams.freeze();
    this.targetIndex?.bigrams.freeze();
    this.targetIndex?.unigrams.freeze();
  }

  /** Whether `id` is indexed. */
  has(id: number): boolean {
    return this.byId.has(id);
  }

  /** Bytes of the frozen postings arrays (for the benchmark's memory table). */
  get postingsBytes(): number {
    return this.bigrams.frozenBytes + this.unigrams.frozenBytes + (this.targetIndex ? this.targetIndex.bigrams.frozenBytes + this.targetIndex.unigrams.frozenBytes : 0);
  }

  /**
   * Matches for `query`, best first (score, then newest). Exact sources score 100 (101 when the
   * query's and the unit's previous and next sources match as well; 99 when equal only after
   * width/case folding); sources differing only in numbers score 100 minus one per changed number, with the target adapted;
   * others score by edit distance (fuzzyScore), verified on the candidates sharing the most bigrams.
   */
  lookup(query: TmQuery, options: LookupOptions = {}): TmHit[] {
    const limit = options.limit ?? 5;
    const min = options.min ?? 50;
    const q = foldForMatch(query.source);
    if (q.length === 0 || limit <= 0) return [];
    const scores = new Map<number, { score: number; adapted?: AdaptedTarget }>();
    const rawQuery = withoutSpace(query.source);
    const queryContext = query.prevSource === undefined && query.nextSource === undefined ? undefined : contextKey(query.prevSource, query.nextSource);
    for (const o of this.exact.get(q) ?? []) {
      let score = withoutSpace(this.sources[o]!) === rawQuery ? EXACT_SCORE : EXACT_SCORE - FOLD_PENALTY;
      if (score === EXACT_SCORE && queryContext !== undefined && this.contexts[o] === queryContext) score = CONTEXT_SCORE;
      scores.set(o, { score });
    }
    if (NUMBER.test(q)) {
      for (const o of this.masked.get(maskNumbers(q)) ?? []) {
        if (scores.has(o)) continue;
        const adapted = adaptNumbers(query.source, this.sources[o]!, this.targets[o]!);
        if (adapted) scores.set(o, { score: EXACT_SCORE - PLACEABLE_PENALTY * adapted.marks.length, adapted });
      }
    }
    if (min < EXACT_SCORE - PLACEABLE_PENALTY) this.fuzzy(q, min, limit, scores);
    const hits: TmHit[] = [];
    for (const [o, { score, adapted }] of scores) {
      if (score < min) continue;
      hits.push({ id: this.ids[o]!, source: this.sources[o]!, target: this.targets[o]!, score, ...(adapted ? { adapted } : {}) });
    }
    const order = (id: number): number => this.byId.get(id) ?? 0;
    hits.sort((a, b) => b.score - a.score || order(b.id) - order(a.id));
    return hits.slice(0, limit);
  }

  private fuzzy(q: string, min: number, limit: number, scores: Map<number, { score: number }>): void {
    if (this.counts.length < this.ids.length) {
      this.counts = new Uint16Array(Math.max(this.ids.length, this.counts.length * 2));
      this.touched = new Int32Array(this.counts.length);
    }
    const counts = this.counts;
    const touched = this.touched;
    const postings = q.length >= 2 ? this.bigrams : this.unigrams;
    // Rarest keys first, until the postings budget is spent: a template phrase shared by a third
    // of the TM ranks nothing and would dominate the cost. The filter below stays sound because
    // it only counts the keys actually used (each edit destroys at most two of them).
    const all = [...new Set(q.length >= 2 ? bigramKeys(q) : unigramKeys(q))].map((key) => ({ key, n: postings.count(key) })).sort((a, b) => a.n - b.n);
    const keys: number[] = [];
    let spent = 0;
    for (const { key, n } of all) {
      if (keys.length >= MIN_KEYS && spent + n > POSTINGS_BUDGET) break;
      keys.push(key);
      spent += n;
    }
    let size = 0;
    for (const key of keys) size = postings.accumulate(key, counts, touched, size);
    const m = q.length;
    const r = min / EXACT_SCORE;
    const minLength = Math.ceil(m * r);
    const maxLength = r > 0 ? Math.floor(m / r) : Number.MAX_SAFE_INTEGER;
    // Pass 1: filter (length, q-gram bound) and count candidates per shared-key level; a rejected
    // unit's count is set to 0 so pass 2 skips it.
    const perLevel = new Int32Array(keys.length + 1);
    for (let i = 0; i < size; i++) {
      const o = touched[i]!;
      const shared = counts[o]!;
      const n = this.lengths[o]!;
      // Each edit destroys at most two of the query's bigrams (q-gram lemma on distinct bigrams).
      if (n < minLength || n > maxLength || shared < keys.length - 2 * maxDistanceFor(min, m, n) || scores.has(o)) counts[o] = 0;
      else perLevel[shared]!++;
    }
    // The lowest level still needed to fill MAX_VERIFY candidates, best-sharing first.
    let floor = keys.length;
    for (let have = 0; floor > 0 && have + perLevel[floor]! < MAX_VERIFY; floor--) have += perLevel[floor]!;
    const buckets: number[][] = [];
    for (let i = 0; i < size; i++) {
      const o = touched[i]!;
      const shared = counts[o]!;
      counts[o] = 0;
      if (shared >= Math.max(1, floor)) (buckets[shared] ??= []).push(o);
    }
    const pattern = compilePattern(q);
    // Best scores so far, descending, at most `limit` of them (exact and placeable hits count too).
    const best = [...scores.values()].map((v) => v.score).sort((a, b) => b - a).slice(0, limit);
    const keep = (score: number): void => {
      if (best.length === limit && score <= best[limit - 1]!) return;
      best.push(score);
      best.sort((a, b) => b - a);
      if (best.length > limit) best.pop();
    };
    let verified = 0;
    for (let shared = buckets.length - 1; shared >= 0 && verified < MAX_VERIFY; shared--) {
      // A unit missing j of the keys is at least d = ⌈j/2⌉ edits away, so it scores at most
      // m/(m+d) (whatever its length): once that bound cannot beat
      // the current limit-th best score, no unit sharing fewer keys can either.
      const dmin = Math.ceil((keys.length - shared) / 2);
      const bound = dmin === 0 ? EXACT_SCORE : Math.floor((EXACT_SCORE * m) / (m + dmin));
      if (best.length === limit && bound <= best[limit - 1]!) break;
      for (const o of buckets[shared] ?? []) {
        if (verified++ >= MAX_VERIFY) break;
        const text = this.folded[o]!;
        const score = fuzzyScore(myersDistance(pattern, text), m, text.length);
        if (score >= min) {
          scores.set(o, { score });
          keep(score);
        }
      }
    }
  }

  /**
   * Units whose folded source (or target) contains the folded `query`: how many, and the ids of
   * the newest `limit`, newest first. One or two characters: the count is the postings list's
   * length and the ids its tail, so the cost does not grow with the hits (a character's or a
   * bigram's postings hold exactly the units containing it). Longer: the rarest bigram's postings,
   * each verified by substring search.
   */
  concordance(query: string, side: 'source' | 'target', limit = Number.MAX_SAFE_INTEGER): { total: number; ids: number[] } {
    const q = foldForMatch(query);
    if (q.length === 0) return { total: 0, ids: [] };
    const index = side === 'source' ? { folded: this.folded, bigrams: this.bigrams, unigrams: this.unigrams } : this.ensureTargetIndex();
    if (q.length <= 2) {
      const postings = q.length === 1 ? index.unigrams : index.bigrams;
      const key = q.length === 1 ? q.charCodeAt(0) : ((q.charCodeAt(0) << 16) | q.charCodeAt(1)) >>> 0;
      return { total: postings.count(key), ids: postings.newest(key, limit).map((o) => this.ids[o]!) };
    }
    const keys = [...new Set(bigramKeys(q))];
    let rarest = keys[0]!;
    for (const key of keys) if (index.bigrams.count(key) < index.bigrams.count(rarest)) rarest = key;
    const found: number[] = [];
    index.bigrams.forEach(rarest, (o) => {
      if (index.folded[o]!.includes(q)) found.push(o);
    });
    const ids: number[] = [];
    for (let i = found.length - 1; i >= 0 && ids.length < limit; i--) ids.push(this.ids[found[i]!]!);
    return { total: found.length, ids };
  }

  private ensureTargetIndex(): { folded: string[]; bigrams: Postings; unigrams: Postings } {
    if (!this.targetIndex) {
      this.targetIndex = { folded: [], bigrams: new Postings(), unigrams: new Postings() };
      for (let o = 0; o < this.ids.length; o++) this.indexTarget(o, true);
      this.targetIndex.bigrams.freeze();
      this.targetIndex.unigrams.freeze();
    }
    return this.targetIndex;
  }

  private indexTarget(ordinal: number, bulk: boolean): void {
    const t = this.targetIndex!;
    const folded = foldForMatch(this.targets[ordinal]!);
    t.folded[ordinal] = folded;
    t.bigrams.addText(ordinal, folded, false, bulk);
    t.unigrams.addText(ordinal, folded, true, bulk);
  }
}

function pushTo(map: Map<string, number[]>, key: string, ordinal: number): void {
  const list = map.get(key);
  if (list) list.push(ordinal);
  else map.set(key, [ordinal]);
}

function contextKey(prev: string | undefined, next: string | undefined): string {
  return `${foldForMatch(prev ?? '')}\u0000${foldForMatch(next ?? '')}`;
}
