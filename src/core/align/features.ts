import { contentLemmas, englishWords } from '../zh/english.ts';
import { maxMatch } from '../zh/lexicon.ts';
import type { ZhLexicon, ZhSegmenter } from '../zh/lexicon.ts';
import { enNumbers, zhNumbers } from '../zh/numbers.ts';
import type { GlossaryPair } from './types.ts';

/** What the aligner may use besides the texts; every part is optional (missing parts switch a signal off). */
export interface AlignResources {
  readonly lexicon?: ZhLexicon;
  readonly segment?: ZhSegmenter;
  readonly glossary?: readonly GlossaryPair[];
}

/** Interns strings (lemmas, anchor keys) as small integers so scoring works on typed arrays. */
export class Interner {
  readonly #ids = new Map<string, number>();
  /** Per Chinese token: the gloss-id sets of its content words (tokens repeat; lookups should not). */
  readonly tokenWords = new Map<string, Int32Array[]>();
  /** The id of `key`, assigned on first sight. */
  id(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
    }
    return id;
  }
  /** How many ids exist (the size scratch arrays need). */
  get size(): number {
    return this.#ids.size;
  }
}

/** A Chinese segment as the scorer sees it. */
export interface ZhFeatures {
  /** Non-space characters. */
  readonly length: number;
  /** Per content word with glosses: its gloss lemma ids. */
  readonly words: readonly Int32Array[];
  /** Every gloss lemma id of the segment, deduplicated. */
  readonly glossAll: Int32Array;
  /** Anchor ids (numbers by value, Latin tokens, quotation, titles). */
  readonly anchors: Int32Array;
}

/** An English segment as the scorer sees it. */
export interface EnFeatures {
  readonly length: number;
  /** Content lemma ids, deduplicated. */
  readonly lemmas: Int32Array;
  /** Every anchor id the segment could answer (numbers, all its words as Latin tokens, quotation, titles). */
  readonly anchorSet: Int32Array;
  /** Number anchor ids only: these must be found on the Chinese side too. */
  readonly numbers: Int32Array;
}

/** Chinese function words whose glosses are noise for alignment. */
const ZH_STOP = new Set(
  '的 了 是 在 和 与 及 也 就 都 而 之 其 这 那 有 被 把 对 从 以 为 于 并 等 将 上 中 个 们 着 过 吗 呢 吧 啊 很 又 还 去 来 说 到 要 会 能 让 给 向 地 得 所 这个 那个 一个 自己 他 她 它 我 你 他们 我们 你们 她们 就是 没有 不 没'.split(' '),
);
const MAX_GLOSSES = 16;
const NON_SPACE = /\S/gu;

const countNonSpace = (text: string): number => text.match(NON_SPACE)?.length ?? 0;

function unique(ids: Iterable<number>): Int32Array {
  return Int32Array.from(new Set(ids));
}

function titleOrQuote(text: string, zh: boolean): string[] {
  const out: string[] = [];
  if (zh ? /[“”「」『』"]/u.test(text) : /["“”]|(?:^|\s)'|'(?:\s|$)/u.test(text)) out.push('q:');
  if (zh ? /[《〈]/u.test(text) : /[“"][A-Z]|[a-z,;] (?:[A-Z][a-z]+ ){1,}(?:of |the )?[A-Z][a-z]+/u.test(text)) out.push('t:');
  return out;
}

/** Features of one Chinese segment (jieba words looked up in CC-CEDICT, numbers, Latin tokens, glossary terms). */
export function zhFeatures(text: string, res: AlignResources, intern: Interner): ZhFeatures {
  const words: Int32Array[] = [];
  const lexicon = res.lexicon;
  if (lexicon) {
    const tokens = res.segment ? res.segment(text) : maxMatch(text, lexicon);
    for (const token of tokens) {
      let known = intern.tokenWords.get(token);
      if (!known) {
        known = [];
        if (/[\u3400-\u9fff]/u.test(token) && !ZH_STOP.has(token)) {
          const parts = lexicon.glosses(token).length > 0 || [...token].length === 1 ? [token] : maxMatch(token, lexicon);
          for (const part of parts) {
            if (ZH_STOP.has(part)) continue;
            const glosses = lexicon.glosses(part).slice(0, MAX_GLOSSES);
            if (glosses.length > 0) known.push(unique(glosses.map((g) => intern.id(g))));
          }
        }
        intern.tokenWords.set(token, known);
      }
      words.push(...known);
    }
  }
  for (const pair of res.glossary ?? []) {
    if (pair.zh !== '' && text.includes(pair.zh)) {
      const ids = pair.en.flatMap((e) => contentLemmas(e)).map((g) => intern.id(g));
      if (ids.length > 0) words.push(unique(ids));
    }
  }
  const anchors = [
    ...zhNumbers(text).map((v) => `n:${v}`),
    ...(text.match(/[A-Za-z][A-Za-z0-9]*/gu) ?? []).filter((t) => t.length > 1).map((t) => `l:${t.toLowerCase()}`),
    ...titleOrQuote(text, true),
  ].map((a) => intern.id(a));
  const all = new Set<number>();
  for (const w of words) for (const g of w) all.add(g);
  return { length: countNonSpace(text), words, glossAll: Int32Array.from(all), anchors: Int32Array.from(anchors) };
}

/** Features of one English segment. */
export function enFeatures(text: string, intern: Interner): EnFeatures {
  const numbers = enNumbers(text).map((v) => intern.id(`n:${v}`));
  const answerable = [
    ...numbers,
    ...englishWords(text).map((w) => intern.id(`l:${w}`)),
    ...titleOrQuote(text, false).map((a) => intern.id(a)),
  ];
  return {
    length: countNonSpace(text),
    lemmas: unique(contentLemmas(text).map((g) => intern.id(g))),
    anchorSet: unique(answerable),
    numbers: unique(numbers),
  };
}
