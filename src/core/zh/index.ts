/** Chinese language helpers shared by the aligner, reading aids and TM: dictionary, glosses, numbers. */
export { ZhLexicon, maxMatch } from './lexicon.ts';
export type { CedictRow, ZhEntry, ZhSegmenter } from './lexicon.ts';
export { glossLemmas } from './gloss.ts';
export { contentLemmas, englishWords, lemma, STOP_WORDS } from './english.ts';
export { enNumbers, foldDigits, formatZhNumeral, parseZhNumeral, zhNumbers } from './numbers.ts';
