import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.ts';

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const take = (seed: number): number[] => Array.from({ length: 50 }, seededRandom(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });
  it('returns numbers in [0, 1) spread over the whole range', () => {
    const next = seededRandom(7);
    const values = Array.from({ length: 10_000 }, next);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)]! += 1;
    expect(Math.min(...buckets)).toBeGreaterThan(900);
  });
  it('is mulberry32: the first output for seed 1 is the reference value', () => {
    expect(seededRandom(1)()).toBeCloseTo(0.6270739405881613, 15);
  });
});
