import { describe, expect, it } from 'vitest';
import { AppError } from '../model/errors.ts';
import { exportDelimited, importDelimited } from './delimited.ts';
import { entry } from './testing/test-helpers.ts';

const csv = (...lines: string[]) => lines.join('\r\n');

describe('importDelimited', () => {
  it('reads columns in any order, alternatives, quotes and multi-line fields', () => {
    const text = csv(
      '\uFEFFnote,ZH,en,pos,forbidden',
      '"Official, CPC",脱贫攻坚,poverty alleviation; the fight against poverty,noun,poverty attack',
      '"He said ""no""\nsecond line",党建,Party building,,party construction；party constructing',
      '',
      ',林西县,Linxi County',
    );
    expect(importDelimited(text, ',')).toEqual({
      entries: [
        entry('脱贫攻坚', { id: 't2', targets: ['poverty alleviation', 'the fight against poverty'], forbidden: ['poverty attack'], note: 'Official, CPC', partOfSpeech: 'noun' }),
        entry('党建', { id: 't3', targets: ['Party building'], forbidden: ['party construction', 'party constructing'], note: 'He said "no"\nsecond line' }),
        entry('林西县', { id: 't6', targets: ['Linxi County'] }),
      ],
      skipped: [],
    });
  });

  it('skips bad rows with line numbers and reasons, and recovers after an unterminated quote', () => {
    const text = [
      'zh,en',
      ',empty source',
      '党建,Party building',
      '党建,again',
      '党员,Party "member"',
      '"党组织"x,Party organization',
      '干部,cadre,surplus',
      '"支部,unterminated',
      '乡村振兴,rural revitalization',
    ].join('\n');
    const report = importDelimited(text, ',');
    expect(report.entries.map((e) => e.source)).toEqual(['党建', '乡村振兴']);
    expect(report.skipped).toEqual([
      { line: 2, reason: 'emptyTerm' },
      { line: 4, reason: 'duplicate', firstSeen: '3' },
      { line: 5, reason: 'badQuoting' },
      { line: 6, reason: 'badQuoting' },
      { line: 7, reason: 'extraFields' },
      { line: 8, reason: 'badQuoting' },
    ]);
  });

  it('reads TSV, where quotes inside a field are literal, and the case column', () => {
    const report = importDelimited('zh\ten\tcase\nGDP\tGDP\tyes\n中\tThe "Middle"\t\n', '\t');
    expect(report.entries).toEqual([
      entry('GDP', { id: 't2', targets: ['GDP'], caseSensitive: true }),
      entry('中', { id: 't3', targets: ['The "Middle"'] }),
    ]);
  });

  it('needs a header with a zh column', () => {
    for (const text of ['', 'source-less,en\nx,y', '脱贫攻坚,poverty alleviation']) {
      let code: string | undefined;
      try { importDelimited(text, ','); } catch (error) { code = error instanceof AppError ? error.code : 'other'; }
      expect(code).toBe('glossary:errors.csvHeader');
    }
  });
});

describe('exportDelimited', () => {
  const entries = [
    entry('脱贫攻坚', { id: 'a', targets: ['poverty alleviation', 'the fight against poverty'], forbidden: ['poverty attack'], note: 'x, "y"\nz', partOfSpeech: 'noun' }),
    entry('党建', { id: 'b', targets: ['Party building'] }),
  ];

  it('writes RFC 4180 CSV that reads back the same', () => {
    const text = exportDelimited(entries, ',');
    expect(text.split('\r\n')[0]).toBe('zh,en,forbidden,note,pos');
    expect(text).toContain('"x, ""y""\nz"');
    expect(importDelimited(text, ',').entries.map(({ id: _id, ...rest }) => rest)).toEqual(entries.map(({ id: _id, ...rest }) => rest));
  });

  it('writes TSV with the case column only when needed', () => {
    expect(exportDelimited(entries, '\t').split('\r\n')[0]).toBe('zh\ten\tforbidden\tnote\tpos');
    const withCase = exportDelimited([entry('GDP', { caseSensitive: true })], '\t');
    expect(withCase).toBe('zh\ten\tforbidden\tnote\tpos\tcase\r\nGDP\t\t\t\t\tsensitive\r\n');
    expect(importDelimited(withCase, '\t').entries[0]?.caseSensitive).toBe(true);
  });
});
