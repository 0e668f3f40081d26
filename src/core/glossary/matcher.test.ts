import { describe, expect, it } from 'vitest';
import { Converter } from 'opencc-js/t2cn';
import { createTermMatcher } from './matcher.ts';
import { foldFromConverter } from './fold.ts';
import { toCodePointHits } from './offsets.ts';
import { seededRandom } from '../text/random.ts';
import { entry } from './testing/test-helpers.ts';

const spans = (text: string, hits: ReturnType<ReturnType<typeof createTermMatcher>['findTerms']>) =>
  hits.map((h) => [text.slice(h.start, h.end), h.start, h.end, ...h.entryIds]);

/** Reference: leftmost-longest non-overlapping by brute force over all (start, length). */
function naive(terms: readonly string[], text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    let best = 0;
    for (const t of terms) if (t.length > best && text.startsWith(t, i)) best = t.length;
    if (best > 0) { out.push([i, i + best]); i += best; } else i++;
  }
  return out;
}

describe('createTermMatcher / findTerms', () => {
  it('prefers the longest term at the same start', () => {
    const m = createTermMatcher([entry('党建'), entry('党建联合体'), entry('联合')]);
    const text = '各类党建联合体和党建工作';
    expect(spans(text, m.findTerms(text))).toEqual([
      ['党建联合体', 2, 7, '党建联合体'],
      ['党建', 8, 10, '党建'],
    ]);
  });

  it('lets a match that starts earlier win over a longer overlapping one', () => {
    const m = createTermMatcher([entry('扶贫'), entry('贫攻坚战略部署')]);
    const text = '扶贫攻坚战略部署';
    expect(spans(text, m.findTerms(text))).toEqual([['扶贫', 0, 2, '扶贫']]);
  });

  it('returns adjacent and repeated matches, and nothing for an empty glossary or text', () => {
    const m = createTermMatcher([entry('党员'), entry('干部')]);
    expect(spans('党员干部党员', m.findTerms('党员干部党员')).map((s) => s[1])).toEqual([0, 2, 4]);
    expect(m.findTerms('')).toEqual([]);
    expect(createTermMatcher([]).findTerms('党员')).toEqual([]);
    expect(createTermMatcher([entry('  ')]).findTerms('  ')).toEqual([]);
  });

  it('reports every entry that shares a source term', () => {
    const m = createTermMatcher([entry('党建', { id: 'a' }), entry('党建', { id: 'b' })]);
    expect(m.findTerms('抓党建')[0]?.entryIds).toEqual(['a', 'b']);
  });

  it('matches Latin terms case-insensitively and only as whole words', () => {
    const m = createTermMatcher([entry('GDP'), entry('5G')]);
    const text = '全县gdp增长，GDPR不算，5G网络，15G不算';
    expect(spans(text, m.findTerms(text)).map((s) => s[0])).toEqual(['gdp', '5G']);
  });

  it('honours caseSensitive per entry, also when entries share a folded source', () => {
    const m = createTermMatcher([entry('WHO', { caseSensitive: true }), entry('Who', { id: 'who-any' })]);
    expect(m.findTerms('WHO')[0]?.entryIds).toEqual(['WHO', 'who-any']);
    expect(m.findTerms('who')[0]?.entryIds).toEqual(['who-any']);
    const strict = createTermMatcher([entry('WHO', { caseSensitive: true })]);
    expect(strict.findTerms('who said WHO')).toEqual([{ start: 9, end: 12, entryIds: ['WHO'] }]);
  });

  it('falls back to a shorter term when the longer one is case-rejected', () => {
    const m = createTermMatcher([entry('CPC', { caseSensitive: true }), entry('CP')]);
    expect(spans('cpc cp', m.findTerms('cpc cp'))).toEqual([['cp', 4, 6, 'CP']]);
  });

  it('matches traditional text to simplified terms per character when a fold is given', () => {
    const fold = foldFromConverter(Converter({ from: 'tw', to: 'cn' }));
    const m = createTermMatcher([entry('脱贫攻坚'), entry('党建')], { fold });
    const text = '林西縣堅持脫貧攻堅與黨建';
    expect(spans(text, m.findTerms(text))).toEqual([
      ['脫貧攻堅', 5, 9, '脱贫攻坚'],
      ['黨建', 10, 12, '党建'],
    ]);
    expect(createTermMatcher([entry('脱贫攻坚')]).findTerms(text)).toEqual([]);
    const reverse = createTermMatcher([entry('脫貧攻堅')], { fold });
    expect(reverse.findTerms('脱贫攻坚')).toHaveLength(1);
  });

  it('reports UTF-16 offsets, convertible to code points, around astral characters', () => {
    const m = createTermMatcher([entry('党建'), entry('𠮷野家')]);
    const text = '𠮷𠮷党建𠮷野家';
    const hits = m.findTerms(text);
    expect(hits.map((h) => [h.start, h.end])).toEqual([[4, 6], [6, 10]]);
    expect(toCodePointHits(text, hits).map((h) => [h.start, h.end])).toEqual([[2, 4], [4, 7]]);
  });

  it('agrees with a brute-force leftmost-longest matcher on random input', () => {
    const random = seededRandom(42);
    const alphabet = '党建联合体扶贫攻坚a';
    const pick = (len: number) => Array.from({ length: len }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    for (let round = 0; round < 200; round++) {
      const terms = [...new Set(Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(1 + Math.floor(random() * 5))))]
        .filter((t) => !/a/.test(t));
      const text = pick(Math.floor(random() * 80));
      const m = createTermMatcher(terms.map((t) => entry(t)));
      expect(m.findTerms(text).map((h) => [h.start, h.end])).toEqual(naive(terms, text));
    }
  });
});
