import { contentLemmas } from './english.ts';

/**
 * Turns CC-CEDICT definitions into the English words they offer as translations. What is dropped
 * and why: parenthesised notes ("(literary)", "(of a person)") are comments, not translations;
 * "CL:" lists classifiers; "see/variant of/abbr. for X[pinyin]" point at another entry; "to "
 * marks a verb; hanzi and [pinyin] references are not English. What remains is lemmatised
 * ({@link contentLemmas}), so "to study; studies" and "studied" meet.
 */
export function glossLemmas(definitions: string | readonly string[]): string[] {
  const senses = typeof definitions === 'string' ? definitions.split('/') : definitions;
  const out = new Set<string>();
  for (const raw of senses) {
    if (/^\s*(?:CL|Taiwan pr|also pr|old variant|variant|erhua variant|see also|see|abbr\. for|used in)\b/iu.test(raw)) continue;
    const sense = raw
      .replace(/\([^()]*\)/gu, ' ')
      .replace(/\[[^\]]*\]/gu, ' ')
      .replace(/[\u3400-\u9fff\uf900-\ufaff|]+/gu, ' ');
    const keys = contentLemmas(sense);
    // A long sense is an explanation ("used after a verb to form…"), not a translation.
    if (keys.length > 5) continue;
    for (const key of keys) out.add(key);
  }
  return [...out];
}
