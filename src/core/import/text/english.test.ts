import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../text/sentences.ts';
import { importMarkdown } from '../markdown/import-markdown.ts';
import { importText } from './import-text.ts';
import { joinLines } from './join.ts';

// English sources go through the same importers as Chinese ones; these are the English rules.
describe('English text import', () => {
  const text = [
    'The Poverty Report',
    '',
    'The government lifted 98.99 million rural resi-',
    'dents out of poverty. Many poverty-stricken',
    'counties were removed from the list, and the',
    'poverty-',
    'stricken families in e-',
    'commerce found work.',
    '',
  ].join('\n');
  it('joins lines with spaces, joins hyphenated words and keeps real hyphens', () => {
    const result = importText(text, { repairPunctuation: false });
    expect(result.paragraphs.map((p) => p.text)).toEqual([
      'The Poverty Report',
      'The government lifted 98.99 million rural residents out of poverty. Many poverty-stricken counties were removed from the list, and the poverty-stricken families in e-commerce found work.',
    ]);
  });
  it('does the same in Markdown', () => {
    expect(importMarkdown('# Report\n\nrural resi-\ndents and poverty-\nstricken ones, poverty-stricken.\n').paragraphs.map((p) => p.text)).toEqual([
      'Report',
      'rural residents and poverty-stricken ones, poverty-stricken.',
    ]);
  });
  it('leaves Chinese line joins as they were', () => {
    expect(joinLines(['中华人民', '共和国成立', 'GDP 增长'])).toBe('中华人民共和国成立GDP 增长');
    expect(joinLines(['well-', 'known'])).toBe('wellknown');
    expect(joinLines(['well-', 'known', 'a well-known fact'])).toBe('well-known a well-known fact');
  });
  it('splits English sentences without breaking at list numbers or abbreviations', () => {
    const para = '1. Everyone has the right to education. Mr. Smith of the U.S. Department said so on Jan. 5, e.g. in No. 5. Prices rose 3.5 percent... "Really?" she asked. J. R. R. Tolkien agreed.';
    const pieces = splitSentences(para, 'en').map((s) => para.slice(s.start, s.end).trim());
    expect(pieces).toEqual([
      '1. Everyone has the right to education.',
      'Mr. Smith of the U.S. Department said so on Jan. 5, e.g. in No. 5.',
      'Prices rose 3.5 percent...',
      '"Really?" she asked.',
      'J. R. R. Tolkien agreed.',
    ]);
  });
});
