import { describe, expect, it } from 'vitest';
import { contentLemmas, lemma } from './english.ts';
import { glossLemmas } from './gloss.ts';
import { maxMatch, ZhLexicon } from './lexicon.ts';
import type { CedictRow } from './lexicon.ts';

const ROWS: CedictRow[] = [
  ['學習', '学习', 'xue2 xi2', 'to learn/to study', [], []],
  ['研究', '研究', 'yan2 jiu1', ['research', 'a study', 'CL:項|项[xiang4]', 'to research', 'to look into'], [], []],
  ['貧困', '贫困', 'pin2 kun4', 'impoverished/poverty', [], []],
  ['個', '个', 'ge4', ['individual', 'this', 'that', 'size', 'classifier for people or objects in general'], [], []],
  ['學', '学', 'xue2', 'to learn/to study/science/-ology', [], []],
  ['習', '习', 'xi2', 'to practice/to study/habit', [], []],
  ['中國', '中国', 'Zhong1 guo2', 'China', [], []],
  ['的', '的', 'de5', ['of', '~\'s (possessive particle)', 'used after an attribute', '(used to form a nominal expression)'], [], []],
];

describe('English lemmas', () => {
  it('map inflected forms and their dictionary form to one key', () => {
    for (const [a, b] of [['studies', 'study'], ['studied', 'study'], ['making', 'make'], ['stopped', 'stop'], ['boxes', 'box'], ['children', 'child'], ['rights', 'right'], ['madness', 'mad'], ['freely', 'free']]) {
      expect(lemma(a as string), `${a} ~ ${b}`).toBe(lemma(b as string));
    }
  });
  it('drop stop words and one-letter words', () => {
    expect(contentLemmas('The rights of all members of the human family')).toEqual(['right', 'member', 'human', 'family'].map(lemma));
  });
});

describe('CC-CEDICT glosses', () => {
  it('strip parentheticals, classifiers, pinyin references and "to", and lemmatise', () => {
    expect(glossLemmas('to learn/to study')).toEqual([lemma('learn'), lemma('study')]);
    expect(glossLemmas(['research', 'a study', 'CL:項|项[xiang4]', 'to look into'])).toEqual([lemma('research'), lemma('study'), lemma('look')]);
    expect(glossLemmas('variant of 個|个[ge4]')).toEqual([]);
    expect(glossLemmas('(of a person) tall (literary)')).toEqual([lemma('tall')]);
  });
  it('skip long explanatory senses', () => {
    expect(glossLemmas('used after a verb to indicate an action completed in the past tense')).toEqual([]);
  });
});

describe('ZhLexicon', () => {
  const lexicon = new ZhLexicon(ROWS);
  it('finds entries by simplified and traditional form', () => {
    expect(lexicon.entries('学习')[0]?.pinyin).toBe('xue2 xi2');
    expect(lexicon.entries('學習')[0]?.simplified).toBe('学习');
    expect(lexicon.entries('没有')).toEqual([]);
    expect(lexicon.has('中国')).toBe(true);
  });
  it('gives each word its gloss lemma set, cached', () => {
    expect(lexicon.glosses('学习')).toEqual([lemma('learn'), lemma('study')]);
    expect(lexicon.glosses('学习')).toBe(lexicon.glosses('学习'));
    expect(lexicon.glosses('贫困')).toContain(lemma('poverty'));
  });
  it('segments by forward maximum matching, one character when nothing matches', () => {
    expect(maxMatch('中国学习研究者', lexicon)).toEqual(['中国', '学习', '研究', '者']);
  });
});
