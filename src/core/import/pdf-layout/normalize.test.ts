import { describe, expect, it } from 'vitest';
import { normalizePdfText } from './normalize.ts';

describe('normalizePdfText', () => {
  it('maps CJK Radicals Supplement code points that NFKC leaves alone', () => {
    expect('\u2EC4\u2EC5\u2ED3\u2ED4'.normalize('NFKC')).toBe('\u2EC4\u2EC5\u2ED3\u2ED4');
    expect(normalizePdfText('\u2EC4\u2EC5\u2ED3\u2ED4')).toBe('西见长门');
    expect(normalizePdfText('林⻄县⻔前的⻓河⻅证')).toBe('林西县门前的长河见证');
    expect(normalizePdfText('⻢⻥⻦⻰⻳⻚⻛⻜⻋⻉')).toBe('马鱼鸟龙龟页风飞车贝');
  });

  it('folds Kangxi radicals, compatibility ideographs and ligatures through NFKC', () => {
    expect(normalizePdfText('\u2F2F\u2F45')).toBe('工方');
    expect(normalizePdfText('\uF900')).toBe('豈');
    expect(normalizePdfText('\uFB01nance')).toBe('finance');
  });

  it('keeps full-width punctuation, the ideographic space, ellipsis and circled numbers', () => {
    const text = '第一，（二）：是；否！？……　①②';
    expect(normalizePdfText(text)).toBe(text);
    expect(text.normalize('NFKC')).not.toBe(text);
  });

  it('drops soft hyphens', () => {
    expect(normalizePdfText('inter\u00ADnational')).toBe('international');
  });
});
