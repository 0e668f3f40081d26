import { describe, expect, it } from 'vitest';
import glossaryTbx from '../samples/linxi-glossary.tbx?raw';
import sample from '../samples/linxi-spread.layout.txt?raw';
import { checkTerms } from './check-terms.ts';
import { createTermMatcher } from './matcher.ts';
import { exportTbx, importTbx } from './tbx.ts';
import { tbxStructureProblems } from './testing/tbx-structure.ts';

describe('starter glossary for the Linxi sample', () => {
  const { entries, skipped } = importTbx(glossaryTbx);

  it('is valid TBX written by our own exporter', () => {
    expect(skipped).toEqual([]);
    expect(tbxStructureProblems(glossaryTbx)).toEqual([]);
    const title = /<p>([^<]*)<\/p>/.exec(glossaryTbx)?.[1] ?? '';
    expect(exportTbx(entries, { title })).toBe(glossaryTbx);
  });

  it('has at least 30 entries, some with several renderings, forbidden ones and notes', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(entries.filter((e) => e.targets.length > 1).length).toBeGreaterThanOrEqual(10);
    expect(entries.filter((e) => e.forbidden.length > 0).length).toBeGreaterThanOrEqual(3);
    expect(entries.filter((e) => e.note !== '').length).toBeGreaterThanOrEqual(10);
    expect(new Set(entries.map((e) => e.source)).size).toBe(entries.length);
  });

  it.each(importTbx(glossaryTbx).entries.map((e) => [e.source]))('%s occurs in the sample text', (source) => {
    expect(sample.includes(source)).toBe(true);
  });

  it('highlights the longest terms in the sample and checks a translation against them', () => {
    const matcher = createTermMatcher(entries);
    const hits = matcher.findTerms(sample);
    const found = new Set(hits.map((h) => sample.slice(h.start, h.end)));
    expect(found.has('乡村振兴战略')).toBe(true);
    expect(found.has('党建联合体')).toBe(true);
    const zh = '林西县组建各类党建联合体';
    const en = 'Linxi County set up Party-building alliances.';
    expect(checkTerms(matcher.findTerms(zh), en, entries)).toEqual([]);
    expect(checkTerms(matcher.findTerms(zh), 'Linxi Xian set up alliances.', entries).map((f) => f.kind)).toEqual([
      'missing', 'forbidden', 'missing',
    ]);
  });
});
