import { describe, expect, it } from 'vitest';
import { codePointLength, codePointToUnit, unitToCodePoint } from './codepoints.ts';

describe('code point offsets', () => {
  const text = 'a𠮷b吉c';
  it('counts an astral character once', () => {
    expect(text.length).toBe(6);
    expect(codePointLength(text)).toBe(5);
  });
  it('maps UTF-16 offsets to code points and back', () => {
    const b = text.indexOf('b');
    expect(unitToCodePoint(text, b)).toBe(2);
    expect(codePointToUnit(text, 2)).toBe(b);
    for (let p = 0; p <= 5; p++) expect(unitToCodePoint(text, codePointToUnit(text, p))).toBe(p);
  });
  it('rejects offsets outside the text', () => {
    expect(() => codePointToUnit(text, 6)).toThrow(RangeError);
    expect(() => unitToCodePoint(text, 7)).toThrow(RangeError);
  });
});
