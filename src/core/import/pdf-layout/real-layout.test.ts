import { describe, expect, it } from 'vitest';
import { headingLevel, HEADING_NUMBER } from './classify.ts';
import { isFolio } from './furniture.ts';
import { reconstructLayout } from './index.ts';
import type { PdfPageContent, PdfTextItem } from './types.ts';

/** One text item; CJK characters are one em wide, others half an em. */
function item(str: string, x: number, y: number, size = 10, fontName = 'serif'): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/u.test(ch) ? size : 0.5 * size), 0);
  return { str, x, y, width, size, fontName, bold: false };
}

function page(number: number, items: PdfTextItem[]): PdfPageContent {
  return { number, width: 400, height: 600, items, images: [] };
}

/** A column of body lines 20 em wide starting at `x`, top baseline `y`, 14 pt apart; `>` marks a first-line indent. */
function lines(x: number, y: number, rows: string[], size = 10, font = 'serif'): PdfTextItem[] {
  return rows.map((row, i) => item(row.replace(/^>/u, ''), x + (row.startsWith('>') ? 2 * size : 0), y - 14 * i, size, font));
}

const FULL = '这是一行排满的正文文字用来测试版面还原的效果';

describe('reconstructLayout on real-document features (issue 18)', () => {
  it('keeps a superscript footnote mark on its line and makes the footnote its own block without splitting the paragraph', () => {
    const twenty = FULL.slice(0, 20);
    const body = lines(40, 500, ['>段落开头' + twenty.slice(0, 14), twenty, twenty]);
    const mark = item('1', 240, 503, 6); // raised, small, touching the end of the first line
    const note = [item('1', 50, 303, 5), item('脚注的文字说明来源。', 53, 300, 8)];
    const p1 = page(1, [...body, mark, ...note]);
    const p2 = page(2, lines(40, 500, [twenty, '结束了。']));
    const result = reconstructLayout([p1, p2]);
    expect(result.paragraphs.map((p) => p.kind)).toEqual(['body', 'footnote']);
    expect(result.paragraphs[0]?.text).toBe('段落开头' + twenty.slice(0, 14) + '1' + twenty + twenty + twenty + '结束了。');
    expect(result.paragraphs[1]?.text).toBe('1脚注的文字说明来源。');
  });

  it('calls short stand-alone lines in another font, or numbered, headings at body size; a numbered sentence stays body', () => {
    const items = [
      item('1　引言', 40, 520, 10, 'sans'),
      ...lines(40, 500, ['>' + FULL.slice(0, 20), '短的一行结束。']),
      item('1.2　研究方法', 40, 450),
      ...lines(40, 430, ['>' + FULL.slice(0, 20), '结束。']),
      item('2019年全县收入增长。', 40, 380),
    ];
    const result = reconstructLayout([page(1, items)]);
    expect(result.paragraphs.filter((p) => p.kind === 'heading').map((p) => [p.text, p.level])).toEqual([
      ['1　引言', 1],
      ['1.2　研究方法', 2],
    ]);
  });

  it('makes aligned rows of cells table rows, one block each, and a numbered display line an equation', () => {
    // pdf.js reports the white space between cells as items of its own.
    const spaced = (parts: [string, number][], y: number, size: number): PdfTextItem[] =>
      parts.flatMap(([text, x], k) => {
        const it = item(text, x, y, size);
        const following = parts[k + 1];
        return following ? [it, { ...item(' ', x + it.width, y, size), width: following[1] - x - it.width }] : [it];
      });
    const twenty = FULL.slice(0, 20);
    const items = [
      ...lines(40, 520, ['>' + twenty.slice(0, 18), '结束。']),
      ...spaced([['类别', 60], ['篇数', 120], ['页数', 180]], 480, 9),
      ...spaced([['期刊', 60], ['180', 120], ['1620', 180]], 468, 9),
      ...spaced([['学位', 60], ['60', 120], ['2880', 180]], 456, 9),
      ...spaced([['y = ax + b', 110], ['(1)', 225]], 420, 10),
      ...lines(40, 390, ['>' + twenty.slice(0, 18), '结束。']),
    ];
    const result = reconstructLayout([page(1, items)]);
    expect(result.paragraphs.map((p) => p.kind)).toEqual(['body', 'table', 'table', 'table', 'equation', 'body']);
    expect(result.paragraphs[2]?.text.replace(/\s+/gu, ' ')).toBe('期刊 180 1620');
  });

  it('reads heading numbers and their levels; folios with dashes are folios', () => {
    expect(['第一章　绪论', '一、总体要求', '（二）强化督查', '1.1　背景', '1.园区建设', '3　结果'].map((t) => [HEADING_NUMBER.test(t), headingLevel(t)])).toEqual([
      [true, 1],
      [true, 1],
      [true, 2],
      [true, 2],
      [true, 3],
      [true, 1],
    ]);
    expect(HEADING_NUMBER.test('2019年全县')).toBe(false);
    expect(['- 3 -', '— 12 —', '–7–'].every(isFolio)).toBe(true);
  });
});
