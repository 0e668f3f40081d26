/**
 * English word handling shared by the dictionary glosses and the aligner: tokenising, a small
 * stop list and a deliberately crude lemmatiser. The lemmatiser only has to map a gloss word and
 * the running-text form of the same word to one key ("studies"/"studied"/"study" → "study",
 * "making"/"make" → "mak"), so it is consistent rather than linguistically right.
 */

/** Function words and gloss boilerplate that carry no evidence that two texts say the same thing. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto upon as than then that this these those ' +
    'is are was were be been being am do does did done have has had having will would shall should can could may ' +
    'might must it its it\'s he him his she her hers they them their theirs we us our ours you your yours i me my mine ' +
    'myself yourself himself herself itself ourselves yourselves themselves who whom whose which what when where why how not no so if also too very just only there here all any some ' +
    'such one ones own about over under out up down off again once more most other both each few same s t ' +
    'etc sb sth something someone somebody oneself variant surname abbr used see also lit fig esp ' +
    'kind sort way thing person particle classifier measure word cl pr old'
  ).split(/\s+/u),
);

const IRREGULAR: Readonly<Record<string, string>> = {
  men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  went: 'go', gone: 'go', saw: 'see', seen: 'see', took: 'take', taken: 'take', gave: 'give', given: 'give',
  made: 'make', said: 'say', came: 'come', knew: 'know', known: 'know', thought: 'think', told: 'tell',
  found: 'find', left: 'leave', felt: 'feel', kept: 'keep', held: 'hold', stood: 'stand', brought: 'bring',
  bought: 'buy', began: 'begin', begun: 'begin', wrote: 'write', written: 'write', ate: 'eat', eaten: 'eat',
  spoke: 'speak', spoken: 'speak', ran: 'run', sat: 'sit', slept: 'sleep', fell: 'fall', fallen: 'fall',
  got: 'get', gotten: 'get', lay: 'lie', lain: 'lie', won: 'win', lost: 'lose', sent: 'send', built: 'build',
  taught: 'teach', fought: 'fight', sought: 'seek', caught: 'catch', drew: 'draw', drawn: 'draw',
  grew: 'grow', grown: 'grow', chose: 'choose', chosen: 'choose', rose: 'rise', risen: 'rise', met: 'meet',
  heard: 'hear', paid: 'pay', led: 'lead', meant: 'mean', better: 'good', best: 'good', worse: 'bad', worst: 'bad',
  lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', wolves: 'wolf', halves: 'half',
};

const VOWEL = /[aeiouy]/u;

function undouble(stem: string): string {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !'lsz'.includes(stem[n - 1] ?? '') && !VOWEL.test(stem[n - 1] ?? '')) {
    return stem.slice(0, -1);
  }
  return stem;
}

/**
 * The lemma key of one lower-case English word: irregular forms mapped, then plural -s/-es/-ies,
 * past -ed/-ied and -ing removed, then -ness and -ly, doubled final consonants undone and a final -e dropped, so that
 * inflected forms and their dictionary form share a key. Words of three letters or fewer are kept.
 */
export function lemma(word: string): string {
  const w = word.endsWith("'s") ? word.slice(0, -2) : word;
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) return lemma(irregular === w ? w : irregular);
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/(?:ss|x|ch|sh|zz)es$/u.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/u.test(s)) s = s.slice(0, -1);
  else if (s.endsWith('ing') && s.length > 5 && VOWEL.test(s.slice(0, -3))) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4 && VOWEL.test(s.slice(0, -2))) s = undouble(s.slice(0, -2));
  if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  else if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.length > 3 && s.endsWith('e') && !s.endsWith('ee')) s = s.slice(0, -1);
  return s;
}

/** The lower-case letter words of `text` (apostrophes inside words kept; digits and hyphens split words). */
export function englishWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/gu) ?? [];
}

// Running text repeats its words; remembering their keys (bounded) makes lemmatising nearly free.
const keyCache = new Map<string, string | null>();
const KEY_CACHE_LIMIT = 200_000;

function contentKey(word: string): string | null {
  let key = keyCache.get(word);
  if (key === undefined) {
    const lemmaKey = word.length < 2 || STOP_WORDS.has(word) ? null : lemma(word);
    key = lemmaKey === null || STOP_WORDS.has(lemmaKey) ? null : lemmaKey;
    if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
    keyCache.set(word, key);
  }
  return key;
}

/** The lemma keys of the content words of `text`: stop words and one-letter words removed, in text order. */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  for (const word of englishWords(text)) {
    const key = contentKey(word);
    if (key !== null) out.push(key);
  }
  return out;
}
