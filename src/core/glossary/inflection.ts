/**
 * Tolerant matching of English glossary renderings in a translation: any letter case, regular
 * inflection of the head word (plural -s/-es/-ies, -ed, -ing, possessive 's / s'), whitespace or
 * a hyphen between words, and whole words only ("art" never matches inside "party").
 */

/** A span of the target text, UTF-16 offsets. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Words after which the first word of a phrase is a verb that inflects ("lift out of poverty"). */
const PARTICLES = new Set([
  'a', 'an', 'the', 'out', 'up', 'off', 'down', 'back', 'of', 'to', 'into', 'on', 'in', 'with', 'for', 'from', 'over', 'away',
]);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Regular inflected forms of one English word (the word itself included), lower-cased:
 * plural/third person, past, present participle, with the usual spelling rules (y → ies/ied,
 * e-drop, consonant doubling after a short vowel, f → ves). Over-generation is harmless here.
 */
export function inflectedForms(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set<string>([w]);
  if (!/^[a-z]+$/.test(w) || w.length < 2) return [...forms];
  const last = w.charAt(w.length - 1);
  const beforeLast = w.charAt(w.length - 2);
  const stem = w.slice(0, -1);
  // plural / third person singular
  if (/(s|x|z|ch|sh)$/.test(w)) forms.add(`${w}es`);
  else if (last === 'y' && !VOWELS.has(beforeLast)) forms.add(`${stem}ies`);
  else forms.add(`${w}s`);
  if (last === 'o') forms.add(`${w}es`);
  if (last === 'f') forms.add(`${stem}ves`);
  if (w.endsWith('fe')) forms.add(`${w.slice(0, -2)}ves`);
  // past and -ing
  if (last === 'e') {
    forms.add(`${w}d`);
    if (w.endsWith('ie')) forms.add(`${w.slice(0, -2)}ying`);
    else if (w.endsWith('ee') || w.endsWith('ye') || w.endsWith('oe')) forms.add(`${w}ing`);
    else forms.add(`${stem}ing`);
  } else if (last === 'y' && !VOWELS.has(beforeLast)) {
    forms.add(`${stem}ied`);
    forms.add(`${w}ing`);
  } else {
    forms.add(`${w}ed`);
    forms.add(`${w}ing`);
    const cvc = w.length >= 3 && !VOWELS.has(last) && VOWELS.has(beforeLast) && !VOWELS.has(w.charAt(w.length - 3));
    if (cvc && !'wxy'.includes(last)) {
      forms.add(`${w}${last}ed`);
      forms.add(`${w}${last}ing`);
    }
  }
  return [...forms];
}

/** Regex source for one inflectable word, with an optional possessive ('s, ’s, s', s’). */
function inflectedWordSource(word: string): string {
  const forms = inflectedForms(word).sort((a, b) => b.length - a.length);
  return `(?:${forms.map(escapeRegExp).join('|')})(?:['’]s|(?<=[sS])['’])?`;
}

/** Regex source for a word that does not inflect (still case-insensitive via the flag). */
function fixedWordSource(word: string): string {
  return escapeRegExp(word);
}

const cache = new Map<string, RegExp | null>();

/**
 * The tolerant regex for one rendering (global, case-insensitive, Unicode), or null for a
 * rendering with no letters or digits. Only heads inflect: the last word, and any word followed by a
 * particle, article or preposition ("lift out of poverty" → "lifted out of poverty", "public-service
 * job for poverty alleviation" → "public-service jobs for poverty alleviation").
 * Compiled regexes are cached by rendering.
 */
export function termRegExp(term: string): RegExp | null {
  const hit = cache.get(term);
  if (hit !== undefined) return hit;
  const words = term.trim().split(/[\s\u00a0]+|(?<=\p{L})[-‐‑](?=\p{L})/u).filter((w) => w.length > 0);
  let result: RegExp | null = null;
  if (words.some((w) => /[\p{L}\p{N}]/u.test(w))) {
    const last = words.length - 1;
    // A word inflects when it heads its phrase: the last word, or one followed by a particle or
    // preposition ("lift out of poverty" → "lifted", "job for poverty alleviation" → "jobs").
    const heads = (k: number): boolean => k === last || (k < last && PARTICLES.has((words[k + 1] as string).toLowerCase()) && !PARTICLES.has((words[k] as string).toLowerCase()));
    const parts = words.map((w, k) => (heads(k) ? inflectedWordSource(w) : fixedWordSource(w)));
    const source = `(?<![\\p{L}\\p{N}_])${parts.join('(?:[\\s\\u00a0]+|\\s*[-‐‑]\\s*)')}(?![\\p{L}\\p{N}_])`;
    result = new RegExp(source, 'giu');
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(term, result);
  return result;
}

/** Every occurrence of `term` in `text` under the tolerant rules of {@link termRegExp}. */
export function findRendering(term: string, text: string): TextSpan[] {
  const re = termRegExp(term);
  if (re === null) return [];
  const spans: TextSpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return spans;
}
