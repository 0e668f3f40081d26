import { describe, expect, it } from 'vitest';
import { joinLines } from './join.ts';

describe('joinLines', () => {
  it('joins Chinese lines without spaces and English lines with one', () => {
    expect(joinLines(['林西县在推进脱贫', '攻坚过程中'])).toBe('林西县在推进脱贫攻坚过程中');
    expect(joinLines(['The county linked', 'poverty alleviation'])).toBe('The county linked poverty alleviation');
  });

  it('rejoins words hyphenated at a line end', () => {
    expect(joinLines(['market condi-', 'tions instead'])).toBe('market conditions instead');
  });

  it('keeps a hyphen after a single letter and in compounds the document spells with one', () => {
    expect(joinLines(['A county e-', 'commerce centre'])).toBe('A county e-commerce centre');
    const compounds = new Set(['well-drilling']);
    expect(joinLines(['and well-', 'drilling teams'], (w) => compounds.has(w))).toBe('and well-drilling teams');
    expect(joinLines(['and well-', 'drilling teams'])).toBe('and welldrilling teams');
  });
});
