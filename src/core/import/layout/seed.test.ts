/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import seed from '../../samples/linxi-spread.layout.txt?raw';
import { repairPunctuation } from '../punctuation/index.ts';
import { importLayoutText } from './index.ts';

// Read off the printed spread: left page left column, left page right column, right page left, right page right.
const BODY: [string, string][] = [
  ['共融、共享', '全程公开透明。'],
  ['(四)抓队伍', '先进的浓厚氛围。'],
  ['(五)抓导向', '进行提醒和教育。'],
  ['林西县在推进', '取得明显成效。'],
  ['(一)加强了', '的“一线堡垒”。'],
  ['(二)改进了', '干群关系改善。'],
  ['(三)促进了', '1500元以上。'],
  ['(四)增加了', '1568人脱贫增收。'],
  ['(五)奠定了', '奠定了坚实基础。'],
  ['通过对林西县', '有以下几点启示。'],
  ['(一)提升组织力', '描绘出清晰脉络。'],
  ['(二)提升组织力', '脱贫攻坚的“领头雁”。'],
  ['(三)提升组织力', '见到党员的作为。'],
  ['(四)提升组织力', '的大扶贫格局。'],
  ['(五)提升组织力', '恢复自身造血功能。'],
  ['脱贫攻坚是全面', '中国梦而不懈奋斗。'],
];

const squeeze = (s: string): string => s.replace(/\s+/gu, '');

describe('importLayoutText on the Linxi two-page spread', () => {
  const raw = importLayoutText(seed, { repairPunctuation: false });
  const repaired = importLayoutText(seed);

  it('finds 16 body paragraphs, 2 headings and the byline in reading order', () => {
    const body = raw.paragraphs.filter((p) => p.kind === 'body').map((p) => squeeze(p.text));
    expect(body).toHaveLength(16);
    BODY.forEach(([first, last], i) => {
      expect(body[i]?.startsWith(squeeze(first))).toBe(true);
      expect(body[i]?.endsWith(squeeze(last))).toBe(true);
    });
    expect(raw.paragraphs.filter((p) => p.kind === 'heading').map((p) => p.text)).toEqual(['二、主要成效', '三、经验启示']);
    const kinds = raw.paragraphs.map((p) => p.kind);
    expect(kinds.indexOf('heading')).toBe(3);
    expect(kinds.lastIndexOf('heading')).toBe(10);
    expect(kinds[kinds.length - 1]).toBe('byline');
    expect(squeeze(raw.paragraphs[kinds.length - 1]?.text ?? '')).toBe('责任编辑:王丹');
  });

  it('reports two pages of two columns and puts blocks on the right page', () => {
    expect(raw.layout).toEqual({ format: 'layout-text', pages: 2, columnsPerPage: [2, 2] });
    expect(raw.paragraphs.map((p) => p.page)).toEqual([...new Array<number>(7).fill(1), ...new Array<number>(12).fill(2)]);
  });

  it('drops heads, folios, slugs and the page strip, and nothing else', () => {
    const reasons = raw.dropped.map((d) => d.reason).sort();
    expect(reasons).toEqual(['folio', 'folio', 'page-strip', 'running-head', 'running-head', 'slug', 'slug']);
    const all = raw.paragraphs.map((p) => p.text).join('\n');
    for (const furniture of ['特别关注', '实践·思想理论版', '第 12 期', '.indd', 'P. 30', '25   26', '31 32']) {
      expect(all).not.toContain(furniture);
    }
    // Every non-space character of the dump is either in a block or in a dropped line.
    const sorted = (s: string): string => Array.from(squeeze(s)).sort().join('');
    const kept = raw.paragraphs.map((p) => p.text).join('') + raw.dropped.map((d) => d.text).join('');
    expect(sorted(kept)).toBe(sorted(seed));
  });

  it('restores full-width punctuation between Chinese characters and counts it', () => {
    const han = /\p{Script=Han}/u;
    for (const p of repaired.paragraphs) {
      const chars = Array.from(p.text.replace(/\s+/gu, ''));
      chars.forEach((ch, i) => {
        if (',():;'.includes(ch)) expect(han.test(chars[i - 1] ?? '') && han.test(chars[i + 1] ?? '')).toBe(false);
      });
    }
    expect(repaired.paragraphs.map((p) => p.text)).toEqual(raw.paragraphs.map((p) => repairPunctuation(p.text).text));
    const expectedRepairs = raw.paragraphs.reduce((n, p) => n + repairPunctuation(p.text).changes, 0);
    expect(repaired.punctuationRepairs).toBe(expectedRepairs);
    expect(repaired.punctuationRepairs).toBeGreaterThan(100);
    expect(raw.punctuationRepairs).toBe(0);
    expect(repaired.paragraphs[1]?.text.startsWith('（四）')).toBe(true);
    expect(repaired.paragraphs[1]?.text).toContain('比例的55.3%，有效');
  });
});
