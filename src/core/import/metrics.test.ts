import { describe, expect, it } from 'vitest';
import { seededRandom } from '../text/random.ts';
import { levenshtein, paragraphBoundaryF1, textAccuracy } from './metrics.ts';

function naive(a: readonly number[], b: readonly number[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

describe('levenshtein', () => {
  it('matches the textbook dynamic programme on random strings of many lengths', () => {
    const r = seededRandom(7);
    for (let trial = 0; trial < 120; trial++) {
      const alphabet = 2 + Math.floor(r() * 6);
      const a = Array.from({ length: Math.floor(r() * 140) }, () => Math.floor(r() * alphabet));
      const b = r() < 0.5 ? a.map((c) => (r() < 0.15 ? Math.floor(r() * alphabet) : c)).filter(() => r() > 0.05) : Array.from({ length: Math.floor(r() * 140) }, () => Math.floor(r() * alphabet));
      expect(levenshtein(a, b)).toBe(naive(a, b));
    }
  });
});

describe('textAccuracy', () => {
  it('ignores whitespace and counts character edits', () => {
    expect(textAccuracy('脱贫 攻坚\n成效', '脱贫攻坚成效')).toBe(1);
    expect(textAccuracy('abcdefghij', 'abcdefghXj')).toBeCloseTo(0.9, 10);
    expect(textAccuracy('', '')).toBe(1);
    expect(textAccuracy('abc', '')).toBe(0);
  });
});

describe('paragraphBoundaryF1', () => {
  it('is 1 for identical splits and drops for missed or extra boundaries', () => {
    const paras = ['第一段文字内容。', '第二段文字内容。', '第三段文字内容。'];
    expect(paragraphBoundaryF1(paras, paras.map((p) => ` ${p} `))).toBe(1);
    expect(paragraphBoundaryF1(paras, [paras[0] + (paras[1] ?? ''), paras[2] ?? ''])).toBeCloseTo(2 / 3, 10);
    expect(paragraphBoundaryF1(['一段'], ['一段'])).toBe(1);
    expect(paragraphBoundaryF1(paras, [paras.join('')])).toBe(0);
  });
  it('is not thrown off by text lost before a boundary', () => {
    const paras = ['甲乙丙丁戊己庚辛壬癸子丑寅卯', '辰巳午未申酉戌亥天地玄黄', '宇宙洪荒日月盈昃辰宿列张'];
    const damaged = ['甲乙丙丁戊己庚辛壬癸', paras[1] ?? '', paras[2] ?? ''];
    expect(paragraphBoundaryF1(paras, damaged)).toBe(1);
  });
});
