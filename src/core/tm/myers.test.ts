import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compilePattern, myersDistance, tableDistance } from './myers.ts';

const alphabet = fc.constantFrom('林', '西', '县', '脱', '贫', 'a', 'b', '1', '，');
const text = (max: number) => fc.array(alphabet, { maxLength: max }).map((a) => a.join(''));

describe('myersDistance', () => {
  it('agrees with the textbook table on short strings (one block)', () => {
    fc.assert(fc.property(text(30), text(30), (a, b) => myersDistance(compilePattern(a), b) === tableDistance(a, b)), { numRuns: 500 });
  });

  it('agrees with the table across block boundaries (patterns of 31–140 units)', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { minLength: 31, maxLength: 140 }).map((a) => a.join('')), text(150), (a, b) => myersDistance(compilePattern(a), b) === tableDistance(a, b)),
      { numRuns: 300 },
    );
  });

  it('handles empty sides and exact 32/64-unit patterns', () => {
    expect(myersDistance(compilePattern(''), 'abc')).toBe(3);
    expect(myersDistance(compilePattern('abc'), '')).toBe(3);
    const p32 = 'ab'.repeat(16);
    const p64 = '林西'.repeat(32);
    expect(myersDistance(compilePattern(p32), p32)).toBe(0);
    expect(myersDistance(compilePattern(p64), p64.slice(0, 63) + '县')).toBe(1);
    expect(myersDistance(compilePattern(p64), p64 + 'x')).toBe(1);
  });

  it('the table itself is right on known pairs', () => {
    expect(tableDistance('kitten', 'sitting')).toBe(3);
    expect(tableDistance('林西县', '林东县')).toBe(1);
  });
});
