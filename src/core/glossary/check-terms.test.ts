import { describe, expect, it } from 'vitest';
import { checkTerms } from './check-terms.ts';
import { findRendering, inflectedForms } from './inflection.ts';
import { createTermMatcher } from './matcher.ts';
import { entry } from './testing/test-helpers.ts';

const found = (term: string, text: string): string[] => findRendering(term, text).map((s) => text.slice(s.start, s.end));

describe('findRendering (tolerant English matching)', () => {
  it.each([
    ['Party branch', 'Party branches were set up', 'Party branches'],
    ['Party branch', "the party branch's secretary", "party branch's"],
    ['poor household', 'poor households’ incomes', 'poor households’'],
    ['village', "the villages' committees", "villages'"],
    ['first Party secretary', 'first Party secretaries were appointed', 'first Party secretaries'],
    ['county', 'two counties', 'counties'],
    ['policy', 'policies', 'policies'],
    ['alleviate', 'alleviated', 'alleviated'],
    ['alleviate', 'alleviating', 'alleviating'],
    ['alleviate', 'alleviates', 'alleviates'],
    ['target', 'targeted', 'targeted'],
    ['plan', 'planned and planning', 'planned'],
    ['study', 'studied', 'studied'],
    ['study', 'studying', 'studying'],
    ['tie', 'tying', 'tying'],
    ['box', 'boxes', 'boxes'],
    ['reach', 'reaches', 'reaches'],
    ['poverty alleviation', 'POVERTY ALLEVIATION', 'POVERTY ALLEVIATION'],
    ['Party building', 'Party-building', 'Party-building'],
    ['Party building', 'party  building', 'party  building'],
    ['primary-level Party organization', 'primary level Party organizations', 'primary level Party organizations'],
    ['lift out of poverty', 'were lifted out of poverty', 'lifted out of poverty'],
    ['shake off poverty', 'shaking off poverty', 'shaking off poverty'],
    ['leaf', 'leaves', 'leaves'],
  ])('%s matches in "%s"', (term, text, expected) => {
    expect(found(term, text)).toContain(expected);
  });

  it.each([
    ['art', 'the Party and its artists'],
    ['art', 'party'],
    ['ant', 'a giant want'],
    ['county', 'the countryside'],
    ['Party branch', 'Party headquarters branch'],
    ['first Party secretary', 'first secretary'],
    ['poverty alleviation', 'poverty-stricken alleviationism'],
    ['village', 'villager'],
  ])('%s does not match in "%s"', (term, text) => {
    expect(found(term, text)).toEqual([]);
  });

  it('inflects only the head of a noun phrase', () => {
    expect(found('Party branch', 'Parties branch')).toEqual([]);
    expect(found('poverty alleviation', 'poverties alleviation')).toEqual([]);
  });

  it('generates the regular forms', () => {
    expect(inflectedForms('committee').sort()).toEqual(['committee', 'committeed', 'committees', 'committeeing'].sort());
    expect(inflectedForms('commit')).toEqual(expect.arrayContaining(['commits', 'committed', 'committing']));
    expect(inflectedForms('Party')).toEqual(expect.arrayContaining(['party', 'parties', 'partied']));
  });
});

describe('checkTerms', () => {
  const glossary = [
    entry('党建', { targets: ['Party building'], forbidden: ['party construction'] }),
    entry('第一书记', { targets: ['first Party secretary', 'first secretary'] }),
    entry('党支部', { targets: ['Party branch'], forbidden: ['branch'] }),
    entry('林西县', { targets: [] }),
  ];
  const matcher = createTermMatcher(glossary);
  const run = (zh: string, en: string) => checkTerms(matcher.findTerms(zh), en, glossary);

  it('accepts any approved rendering, inflected', () => {
    expect(run('任命第一书记，加强党建', 'First secretaries were appointed to strengthen Party building.')).toEqual([]);
  });

  it('reports a missing term with its source span and the expected renderings', () => {
    expect(run('林西县任命第一书记', 'Linxi appointed village heads.')).toEqual([
      {
        kind: 'missing',
        entryId: '第一书记',
        source: '第一书记',
        sourceStart: 5,
        sourceEnd: 9,
        expected: ['first Party secretary', 'first secretary'],
      },
    ]);
  });

  it('reports a forbidden rendering with its target span, and the missing approved one', () => {
    const en = 'We promoted party construction.';
    const findings = run('抓党建', en);
    expect(findings.map((f) => f.kind)).toEqual(['missing', 'forbidden']);
    const forbidden = findings[1];
    expect(forbidden?.kind === 'forbidden' && en.slice(forbidden.targetStart, forbidden.targetEnd)).toBe('party construction');
  });

  it('does not flag a forbidden word inside an approved rendering of the same entry', () => {
    expect(run('党支部', 'The Party branch met.')).toEqual([]);
    expect(run('党支部', 'The branch met.').map((f) => f.kind)).toEqual(['missing', 'forbidden']);
  });

  it('ignores forbidden renderings of terms that are not in the source', () => {
    expect(run('第一书记', 'The first secretary avoided party construction.')).toEqual([]);
  });

  it('does not count a rendering inside another word', () => {
    const art = [entry('艺术', { targets: ['art'] })];
    const findings = checkTerms(createTermMatcher(art).findTerms('艺术'), 'A party for artists.', art);
    expect(findings.map((f) => f.kind)).toEqual(['missing']);
  });
});
