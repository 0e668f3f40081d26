import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../core/text/sentences.ts';
import { decoratedHtml } from '../editor/static-html.ts';
import { boundaryMarks, sentencePlugin } from './sentence-plugin.ts';

const marked = (text: string, spans = splitSentences(text, 'zh')) => boundaryMarks(text, spans).map((m) => text.slice(m.from, m.to));

describe('boundaryMarks', () => {
  it('marks the last character of every sentence but the last, closing quotes included', () => {
    expect(marked('林西县推进脱贫攻坚，成效显著。群众说：“好！”大家笑了')).toEqual(['。', '”']);
    expect(marked('一句话。')).toEqual([]);
    expect(marked('')).toEqual([]);
  });

  it('skips whitespace after a sentence, keeps a surrogate pair whole and ignores spans outside the text', () => {
    expect(marked('好。 再见。')).toEqual(['。']);
    expect(marked('甲𠀀乙', [{ start: 0, end: 3 }, { start: 3, end: 4 }])).toEqual(['𠀀']);
    expect(marked('短', [{ start: 0, end: 5 }, { start: 5, end: 9 }])).toEqual([]);
  });
});

describe('sentencePlugin', () => {
  it('puts the markers into static rows through decoratedHtml', () => {
    const text = '县城不大。人口不多。';
    expect(decoratedHtml(text, [sentencePlugin(splitSentences(text, 'zh'))])).toBe('<p>县城不大<span class="sentence-end">。</span>人口不多。</p>');
  });
});
