import { describe, expect, it } from 'vitest';
import { nextUnconfirmed } from './navigation.ts';

describe('nextUnconfirmed', () => {
  it('finds the next unconfirmed row after the current one, wrapping', () => {
    expect(nextUnconfirmed(['confirmed', 'new', 'confirmed', 'draft'], 1)).toBe(3);
    expect(nextUnconfirmed(['new', 'confirmed', 'confirmed'], 1)).toBe(0);
  });
  it('returns null when all rows are confirmed', () => {
    expect(nextUnconfirmed(['confirmed', 'confirmed'], 0)).toBeNull();
  });
});
