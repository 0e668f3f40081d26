import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffText, diffTokens, DIFF_MAX_CELLS } from './diff.ts';

const side = (ops: ReturnType<typeof diffText>, keep: 'insert' | 'delete') => ops.filter((o) => o.op === 'equal' || o.op === keep).map((o) => o.text).join('');

describe('diffText', () => {
  it('marks a changed English word, not its letters', () => {
    expect(diffText('Linxi County pressed ahead.', 'Linxi County moved ahead.', 'word')).toEqual([
      { op: 'equal', text: 'Linxi County ' },
      { op: 'delete', text: 'pressed' },
      { op: 'insert', text: 'moved' },
      { op: 'equal', text: ' ahead.' },
    ]);
  });

  it('compares Chinese by character and never splits a supplementary-plane character', () => {
    expect(diffText('林西县𠮷脱贫', '林东县𠮷脱贫', 'char')).toEqual([
      { op: 'equal', text: '林' },
      { op: 'delete', text: '西' },
      { op: 'insert', text: '东' },
      { op: 'equal', text: '县𠮷脱贫' },
    ]);
    expect(diffTokens('a𠮷', 'char')).toEqual(['a', '𠮷']);
  });

  it('reports identical texts as one equal run and an empty side as one insertion', () => {
    expect(diffText('same', 'same', 'word')).toEqual([{ op: 'equal', text: 'same' }]);
    expect(diffText('', 'new text', 'word')).toEqual([{ op: 'insert', text: 'new text' }]);
  });

  it('gives up on the middle of a huge rewrite instead of stalling', () => {
    const big = (c: string) => Array.from({ length: Math.ceil(Math.sqrt(DIFF_MAX_CELLS)) + 10 }, (_, i) => `${c}${i}`).join(' ');
    const ops = diffText(big('a'), big('b'), 'word');
    expect(side(ops, 'delete')).toBe(big('a'));
    expect(side(ops, 'insert')).toBe(big('b'));
  });

  it('always rebuilds both texts (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('word' as const, 'char' as const), (a, b, unit) => {
        const ops = diffText(a, b, unit);
        expect(side(ops, 'delete')).toBe(a);
        expect(side(ops, 'insert')).toBe(b);
      }),
    );
  });
});
