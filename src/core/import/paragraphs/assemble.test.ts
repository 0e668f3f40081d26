import { describe, expect, it } from 'vitest';
import { emWidth } from './char-class.ts';
import { assembleParagraphs, joinLines } from './index.ts';
import type { AssemblerLine } from './types.ts';

/** Builds a column from lines written as `>text` (indented 2 em), `^text` (centred) or `text`. */
function column(measureEm: number, ...rows: string[]): { page: number; lines: AssemblerLine[] } {
  return {
    page: 1,
    lines: rows.map((row) => {
      const text = row.replace(/^[>^]/u, '');
      const widthEm = emWidth(text);
      const indentEm = row.startsWith('>') ? 2 : row.startsWith('^') ? (measureEm - widthEm) / 2 : 0;
      return { text, indentEm, widthEm, measureEm, spaceBefore: 0 };
    }),
  };
}

describe('assembleParagraphs', () => {
  it('joins Chinese lines without spaces and splits at indents after finished sentences', () => {
    const blocks = assembleParagraphs([column(10, '>脱贫攻坚取得明', '显成效，群众收入稳', '步提高。', '>第二段开始了这', '里结束。')]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['body', '脱贫攻坚取得明显成效，群众收入稳步提高。'],
      ['body', '第二段开始了这里结束。'],
    ]);
  });
  it('continues a paragraph across columns and pages, and takes the page of its first line', () => {
    const blocks = assembleParagraphs([column(8, '>一段跨栏的文', '字在这里继续写'), { ...column(8, '下去直到结束。', '>新段落。'), page: 2 }]);
    expect(blocks.map((b) => [b.text, b.page])).toEqual([
      ['一段跨栏的文字在这里继续写下去直到结束。', 1],
      ['新段落。', 2],
    ]);
  });
  it('finds enumerated and centred headings and bylines', () => {
    const blocks = assembleParagraphs([column(10, '上一段到此为止。', '二、主要成效', '>林西县在推进工作', '中取得了成效。', '^经验启示', '>正文。', '责任编辑：王丹')]);
    expect(blocks.map((b) => b.kind)).toEqual(['body', 'heading', 'body', 'heading', 'body', 'byline']);
  });
  it('does not split where a full line ends a sentence and the next is not indented', () => {
    const blocks = assembleParagraphs([column(6, '>甲乙丙丁', '戊己庚辛。子', '丑寅卯辰巳午', '未申酉戌。')]);
    expect(blocks).toHaveLength(1);
  });
  it('joins English with spaces, removes line-end hyphens, and starts a paragraph when the next word would have fitted', () => {
    const blocks = assembleParagraphs([column(14, '>The county invested in', 'rural infrastructure inter-', 'nationally. It ended.', 'Then a new paragraph began', 'here.')]);
    expect(blocks.map((b) => b.text)).toEqual(['The county invested in rural infrastructure internationally. It ended.', 'Then a new paragraph began here.']);
  });
});

describe('assembleParagraphs: captions and lines set apart from the flow', () => {
  it('makes a caption line its own block only when asked, and resumes a paragraph cut mid-sentence', () => {
    const col = column(8, '>一段跨栏的文', '字在这里继续写', '图 1 林西县示意图', '下去直到结束。', '>新段落。');
    expect(assembleParagraphs([col]).some((b) => b.kind === 'caption')).toBe(false);
    const blocks = assembleParagraphs([col], { captionCues: true });
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['body', '一段跨栏的文字在这里继续写下去直到结束。'],
      ['caption', '图 1 林西县示意图'],
      ['body', '新段落。'],
    ]);
  });
  it('turns a standalone line into a heading even after an unfinished sentence, and continues the sentence after it', () => {
    const heading = { ...column(30, '^二、主要成效').lines[0]!, standalone: true };
    const blocks = assembleParagraphs([column(8, '>一段没有写完的', '文字'), { page: 1, lines: [heading] }, column(8, '在这里结束。')]);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['body', '一段没有写完的文字在这里结束。'],
      ['heading', '二、主要成效'],
    ]);
  });
});

describe('joinLines', () => {
  it('keeps real hyphens before capitals and mixes scripts without spaces', () => {
    expect(joinLines('Sino-', 'American')).toBe('Sino- American');
    expect(joinLines('增长了', 'GDP')).toBe('增长了GDP');
    expect(joinLines('co-\u00ad', 'op')).toBe('co-op');
  });
  it('ends a block at a line that closes a bracket around Latin text, as it would at a full stop', () => {
    const blocks = assembleParagraphs([column(14, '前文到此。（英文摘要：The county', 'linked poverty alleviation with）', '>通过整合资源，使全县受益。')]);
    expect(blocks.map((b) => b.text)).toEqual(['前文到此。（英文摘要：The county linked poverty alleviation with）', '通过整合资源，使全县受益。']);
    // A Chinese aside closed at a full line inside a paragraph is no such end.
    expect(assembleParagraphs([column(8, '甲乙丙丁（戊己庚）', '>辛壬癸。')])).toHaveLength(1);
  });
  it('keeps end-of-line hyphens of words the document hyphenates mid-line, and after one letter', () => {
    const blocks = assembleParagraphs([
      column(24, 'Teams did well-drilling and the long-', 'term work; the e-', 'commerce centre, the well-', 'drilling teams and the inter-', 'national buyers.'),
    ]);
    expect(blocks.map((b) => b.text)).toEqual([
      'Teams did well-drilling and the longterm work; the e-commerce centre, the well-drilling teams and the international buyers.',
    ]);
  });
});

describe('assembleParagraphs on layout text of real documents (issue 18)', () => {
  it('keeps a body line that merely begins with "图 1" in its paragraph', () => {
    const col = column(12, '>如上所述，这一段的讨论涉及', '图 1 所示的分布，其中大部分样', '本集中在东部地区。', '>新段落。');
    const blocks = assembleParagraphs([col], { captionCues: true });
    expect(blocks.map((b) => b.kind)).toEqual(['body', 'body']);
    expect(blocks[0]?.text).toBe('如上所述，这一段的讨论涉及图 1 所示的分布，其中大部分样本集中在东部地区。');
  });

  it('does not start a paragraph at closing punctuation squeezed to a line start', () => {
    const col = column(8, '>他说：“我们明天', '再来看看吧', '”。然后离开。', '>新段落。');
    expect(assembleParagraphs([col]).map((b) => b.text)).toEqual(['他说：“我们明天再来看看吧”。然后离开。', '新段落。']);
  });

  it('keeps numbered list items and table rows apart', () => {
    const list = column(20, '（1）确定调查点和发音人；', '（2）记录字音和词汇；', '（3）整理语料。');
    expect(assembleParagraphs([list]).map((b) => b.text)).toEqual(['（1）确定调查点和发音人；', '（2）记录字音和词汇；', '（3）整理语料。']);
    const table = column(24, '类别      篇数    页数', '期刊论文  180     1620', '学位论文  60      2880');
    const blocks = assembleParagraphs([table], { captionCues: true });
    expect(blocks.map((b) => b.kind)).toEqual(['table', 'table', 'table']);
  });
});
