import { describe, expect, it } from 'vitest';
import { pairSentences, spansTile, splitSentences } from './sentences.ts';

function pieces(text: string, lang: 'zh' | 'en'): string[] {
  return splitSentences(text, lang).map((s) => text.slice(s.start, s.end));
}

function expectCovering(text: string, lang: 'zh' | 'en'): void {
  const spans = splitSentences(text, lang);
  let at = 0;
  for (const span of spans) {
    expect(span.start).toBe(at);
    expect(span.end).toBeGreaterThan(span.start);
    at = span.end;
  }
  expect(at).toBe(text.length);
}

describe('splitSentences zh', () => {
  it('splits after 。！？ and keeps runs and closing quotes with the sentence', () => {
    expect(pieces('林西县位于内蒙古。你好吗？！他说：“好。”然后走了……是吗', 'zh')).toEqual([
      '林西县位于内蒙古。',
      '你好吗？！',
      '他说：“好。”',
      '然后走了……',
      '是吗',
    ]);
  });
  it('never splits at ，；： and keeps closing brackets 」』）】', () => {
    expect(pieces('一，二；三：四（注。）五「六！」七', 'zh')).toEqual(['一，二；三：四（注。）', '五「六！」', '七']);
  });
  it('attaches whitespace between sentences to the previous one and covers astral text', () => {
    const text = '𠮷野家。 \n下一句。';
    expect(pieces(text, 'zh')).toEqual(['𠮷野家。 \n', '下一句。']);
    expectCovering(text, 'zh');
  });
  it('gives nothing for empty text', () => {
    expect(splitSentences('', 'zh')).toEqual([]);
  });
});

describe('splitSentences en', () => {
  it('splits at . ! ? before a capital or an opening quote', () => {
    expect(pieces('It rained. Did it? Yes! "Quite," he said.', 'en')).toEqual([
      'It rained. ',
      'Did it? ',
      'Yes! ',
      '"Quite," he said.',
    ]);
  });
  it('respects abbreviations, initials, decimals, numbers and lower-case continuations', () => {
    const text = 'Mr. Li met Dr. Wang in the U.S. in 2019, e.g. at No. 5 Road. It cost 3.5 yuan. J. R. Smith came.';
    expect(pieces(text, 'en')).toEqual([
      'Mr. Li met Dr. Wang in the U.S. in 2019, e.g. at No. 5 Road. ',
      'It cost 3.5 yuan. ',
      'J. R. Smith came.',
    ]);
  });
  it('keeps ellipses together and splits after them only before a capital', () => {
    expect(pieces('Well... maybe. Then... Nothing.', 'en')).toEqual(['Well... maybe. ', 'Then... ', 'Nothing.']);
  });
  it('keeps a closing quote with its sentence', () => {
    expect(pieces('He said "Go." She went.', 'en')).toEqual(['He said "Go." ', 'She went.']);
    expectCovering('He said "Go." She went.  ', 'en');
  });
});

describe('spansTile', () => {
  it('accepts what splitSentences gives and refuses gaps, overlaps, empty spans and short covers', () => {
    const text = '甲。乙！丙';
    expect(spansTile(splitSentences(text, 'zh'), text)).toBe(true);
    expect(spansTile([], '')).toBe(true);
    expect(spansTile([{ start: 0, end: 2 }, { start: 3, end: 5 }], text)).toBe(false);
    expect(spansTile([{ start: 0, end: 3 }, { start: 2, end: 5 }], text)).toBe(false);
    expect(spansTile([{ start: 0, end: 0 }, { start: 0, end: 5 }], text)).toBe(false);
    expect(spansTile([{ start: 0, end: 4 }], text)).toBe(false);
  });
});

describe('pairSentences', () => {
  it('pairs equal counts one to one', () => {
    expect(pairSentences(['甲。', '乙。'], ['A. ', 'B.'])).toEqual([
      { zh: '甲。', en: 'A. ' },
      { zh: '乙。', en: 'B.' },
    ]);
  });
  it('merges two English sentences that translate one long Chinese sentence (1-2)', () => {
    const zh = ['林西县位于内蒙古自治区赤峰市西北部，历史悠久。', '县城不大。'];
    const en = [
      'Linxi County lies in the northwest of Chifeng. ',
      'It has a long history in Inner Mongolia. ',
      'The town is small.',
    ];
    const pairs = pairSentences(zh, en);
    expect(pairs).toEqual([
      { zh: zh[0], en: en[0]! + en[1]! },
      { zh: zh[1], en: en[2] },
    ]);
  });
  it('merges two Chinese sentences translated as one (2-1)', () => {
    const zh = ['天很冷。', '风很大。', '我们在林西县城里住了整整一个星期才回到北京。'];
    const en = ['It was cold and windy. ', 'We stayed in the county town of Linxi for a whole week before returning to Beijing.'];
    expect(pairSentences(zh, en)).toEqual([
      { zh: zh[0]! + zh[1]!, en: en[0] },
      { zh: zh[2], en: en[1] },
    ]);
  });
  it('never drops text when one side is empty or counts differ wildly', () => {
    const zh = ['一。', '二二二二二二。', '三。', '四四四四。'];
    for (const en of [[], ['One.'], ['One. ', 'Two two two two two two two. ', 'x. ', 'y. ', 'z. ', 'Four four.']]) {
      const pairs = pairSentences(zh, en);
      expect(pairs.map((p) => p.zh).join('')).toBe(zh.join(''));
      expect(pairs.map((p) => p.en).join('')).toBe(en.join(''));
      expect(pairs.every((p) => p.zh !== '' || p.en !== '')).toBe(true);
    }
  });
});
