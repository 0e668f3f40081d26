import { describe, expect, it } from 'vitest';
import { createTermMatcher, type GlossaryEntry } from '../glossary/index.ts';
import { checkTranslation } from './check.ts';
import { termsFromHits } from './terms.ts';

const ENTRIES: GlossaryEntry[] = [
  { id: 'a', source: '驻村工作队', targets: ['village-based work team'], forbidden: ['task force'], note: 'n', caseSensitive: false },
  { id: 'b', source: '扶贫', targets: ['poverty alleviation'], forbidden: [], note: '', caseSensitive: false },
];
const SOURCE = '驻村工作队推进扶贫，驻村工作队很忙。';
const hits = createTermMatcher(ENTRIES).findTerms(SOURCE);

describe('checkTranslation', () => {
  it('refuses an empty answer and one with Chinese left in it', () => {
    expect(checkTranslation('  \n', hits, ENTRIES)).toEqual({ ok: false, rejection: 'empty' });
    expect(checkTranslation('The 驻村工作队 is busy.', hits, ENTRIES)).toEqual({ ok: false, rejection: 'chineseLeft' });
    expect(checkTranslation('Rare 𠮷 name', [], ENTRIES)).toEqual({ ok: false, rejection: 'chineseLeft' });
  });

  it('accepts English and reports missing (per occurrence) and forbidden renderings as findings', () => {
    const good = checkTranslation('The village-based work team advances poverty alleviation.', hits, ENTRIES);
    expect(good).toMatchObject({ ok: true, findings: [] });
    const bad = checkTranslation('The task force advances the work.', hits, ENTRIES);
    expect(bad.ok && bad.findings.map((f) => `${f.kind}:${f.entryId}`).sort()).toEqual(['forbidden:a', 'missing:a', 'missing:a', 'missing:b']);
  });
});

describe('termsFromHits', () => {
  it('lists each entry found once, in source order, with its renderings', () => {
    const terms = termsFromHits(hits, new Map(ENTRIES.map((e) => [e.id, e])));
    expect(terms).toEqual([
      { source: '驻村工作队', approved: ['village-based work team'], forbidden: ['task force'], note: 'n' },
      { source: '扶贫', approved: ['poverty alleviation'], forbidden: [], note: '' },
    ]);
  });
});
