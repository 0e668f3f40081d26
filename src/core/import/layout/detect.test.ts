/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import seed from '../../samples/linxi-spread.layout.txt?raw';
import { looksLikeLayoutText } from './index.ts';
import { buildLayoutFixture } from './layout-fixture.ts';

describe('looksLikeLayoutText', () => {
  it('recognises pdftotext -layout dumps', () => {
    expect(looksLikeLayoutText(seed)).toBe(true);
    const oneColumn = buildLayoutFixture({ seed: 5, language: 'en', sheets: 3, pagesPerSheet: 1, columnsPerPage: 1, rowsPerColumn: 20, measureEm: 24, jitter: 0, placement: 'display', folios: true });
    expect(looksLikeLayoutText(oneColumn.text)).toBe(true);
    const twoColumns = buildLayoutFixture({ seed: 6, language: 'zh', sheets: 1, pagesPerSheet: 1, columnsPerPage: 2, rowsPerColumn: 20, measureEm: 16, jitter: 1, placement: 'pdftotext' });
    expect(looksLikeLayoutText(twoColumns.text.replace(/\f/gu, ''))).toBe(true);
  });
  it('rejects ordinary plain text and Markdown', () => {
    expect(looksLikeLayoutText('第一段。\n\n第二段，内容较长。\n第三段。\n')).toBe(false);
    expect(looksLikeLayoutText('# Title\n\nSome *text* here.\n\n- item one\n- item two\n\n```\nconst x   =   1;\nconst y   =   2;\nconst z   =   3;\n```\n')).toBe(false);
    expect(looksLikeLayoutText('| a   | b   |\n|-----|-----|\n| 1   | 2   |\n| 3   | 4   |\n')).toBe(false);
    expect(looksLikeLayoutText('One line.  Two spaces after a period.\nAnother line.\nA third line.\nAnd a fourth.\n')).toBe(false);
    expect(looksLikeLayoutText('')).toBe(false);
  });
});
