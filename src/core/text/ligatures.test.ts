import { describe, expect, it } from 'vitest';
import { unfoldLigatures } from './ligatures.ts';

describe('unfoldLigatures', () => {
  it('spells out ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ and leaves everything else alone', () => {
    expect(unfoldLigatures('ﬁnally the eﬀort, ﬂow, oﬃce, baﬄe, ﬅ ﬆ')).toBe('finally the effort, flow, office, baffle, st st');
    expect(unfoldLigatures('中文，全角：１２')).toBe('中文，全角：１２');
  });
});
