import { describe, expect, it } from 'vitest';
import { headSimilarity, splitFurniture } from './furniture.ts';
import type { PageFrame } from './furniture.ts';
import type { LayoutLine, PdfBox } from './types.ts';

const HEIGHT = 842;
const BODY = '在产业扶贫、就业扶贫、易地搬迁和生态环境保护等方面，既讲速度，更讲质量。';

/** One line of text: baseline `y`, left edge `x`, font `size`; width follows the text length. */
function line(page: number, y: number, text: string, size = 10, x = 57): LayoutLine {
  return { page, text, x0: x, x1: x + Math.min(text.length * size, 482), y, size, bold: false, font: '', parts: 1, cells: [], advance: 0, role: 'body', colX0: 0, colX1: 0, colKey: '' };
}

/** A page of body text from `top` down to `bottom`, one line every 14 pt, plus `extra` lines. */
function page(n: number, extra: readonly LayoutLine[], top = 740, bottom = 120): LayoutLine[] {
  const lines = [...extra];
  for (let y = top; y >= bottom; y -= 14) lines.push(line(n, y, BODY));
  return lines;
}

function droppedTexts(pages: readonly LayoutLine[][], images: readonly (readonly PdfBox[])[] = []): string[] {
  const frames: PageFrame[] = pages.map((_, i) => ({ number: i + 1, height: HEIGHT, images: images[i] ?? [] }));
  return splitFurniture(frames, pages).dropped.map((d) => `${d.page}:${d.text}`);
}

describe('headSimilarity', () => {
  it('sees a mirrored head (parts swapped) as the same head, unrelated text as different', () => {
    expect(headSimilarity('基层治理研究 / 专题报道', '专题报道 / 基层治理研究')).toBeGreaterThan(0.75);
    expect(headSimilarity('Practice and Theory', 'Grassroots Organisation')).toBeLessThan(0.3);
  });
});

describe('splitFurniture with few pages', () => {
  it('drops mirrored heads on two pages wherever they are set horizontally', () => {
    const pages = [
      page(1, [line(1, 776, '基层治理研究 / 专题报道', 8, 450), line(1, 752, '一、总体情况', 14, 250)]),
      page(2, [line(2, 780, '专题报道 / 基层治理研究', 8, 57)], 760),
    ];
    expect(droppedTexts(pages)).toEqual(['1:基层治理研究 / 专题报道', '2:专题报道 / 基层治理研究']);
  });

  it('drops different small heads at the same height on two pages but keeps the heading right under one', () => {
    const pages = [
      page(1, [line(1, 776, 'Grassroots Organisation', 8, 430), line(1, 40, '2024 年第 3 期　1', 8, 470)], 758),
      page(2, [line(2, 776, 'Practice and Theory', 8), line(2, 755, 'Results and Lessons', 14, 230), line(2, 40, '2　实践理论版', 8)], 731),
    ];
    expect(droppedTexts(pages)).toEqual(['1:Grassroots Organisation', '1:2024 年第 3 期　1', '2:Practice and Theory', '2:2　实践理论版']);
  });

  it('keeps numbered headings at the top of two pages although they match once digits are masked', () => {
    const pages = [1, 2].map((n) => page(n, [line(n, 800, '第 # 页 刊名', 8), line(n, 770, `第${n}节\u3000分项说明`, 14, 200)], 746));
    expect(droppedTexts(pages)).toEqual(['1:第 # 页 刊名', '2:第 # 页 刊名']);
  });

  it('drops a short small head far above the text of a single page, and its folio', () => {
    const pages = [page(1, [line(1, 798, '县域观察 · 专题', 8, 480), line(1, 752, '合作社冷链仓储调查', 18, 220), line(1, 36, '第 1 页', 8, 515)], 720)];
    expect(droppedTexts(pages)).toEqual(['1:县域观察 · 专题', '1:第 1 页']);
  });

  it('keeps what only looks like a head on a single page: a top heading, a footnote, a caption under a figure', () => {
    const heading = [page(1, [line(1, 790, '提升基层组织力', 18, 220)], 760)];
    expect(droppedTexts(heading)).toEqual([]);
    const footnote = [page(1, [line(1, 60, '1 数据来自县统计局。', 8)], 740, 130)];
    expect(droppedTexts(footnote)).toEqual([]);
    const caption = [page(1, [line(1, 70, '产业园区分布', 8, 250)], 740, 250)];
    expect(droppedTexts(caption, [[{ x0: 200, y0: 90, x1: 400, y1: 230 }]])).toEqual([]);
    // Without the figure the same line is a running foot.
    expect(droppedTexts(caption)).toEqual(['1:产业园区分布']);
  });
});
