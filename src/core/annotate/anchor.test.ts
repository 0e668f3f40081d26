import { describe, expect, it } from 'vitest';
import { anchorByQuote, applyAnchor, reanchor } from './anchor.ts';
import { createAnnotation } from './model.ts';
import { blocks, NOW } from './testing/annotation-fixtures.ts';

const SOURCE = '林西县在推进脱贫攻坚工作中，坚持精准扶贫方略，全县贫困人口全部脱贫。';

/** The span `found` covers in `text`, for asserting on wording instead of offsets. */
function covered(text: string, found: { start?: number; end?: number }): string {
  return text.slice(found.start, found.end);
}

describe('reanchor within a block', () => {
  const doc = blocks([SOURCE, '']);
  const a = doc.ann('脱贫攻坚工作', 'policy term');

  it('is unchanged when the text is the same or changed only after the span', () => {
    expect(reanchor(a, SOURCE)).toEqual({ status: 'unchanged', start: a.start, end: a.end, score: 1 });
    expect(reanchor(a, `${SOURCE}新增的句子。`).status).toBe('unchanged');
  });

  it('finds the quote exactly after text is inserted before it', () => {
    const edited = `二〇二〇年，${SOURCE}`;
    const result = reanchor(a, edited);
    expect(result.status).toBe('exact');
    expect(result.start).toBe(a.start + '二〇二〇年，'.length);
    expect(covered(edited, result)).toBe('脱贫攻坚工作');
  });

  it('finds the quote fuzzily after text is inserted inside it', () => {
    const edited = SOURCE.replace('脱贫攻坚工作', '脱贫攻坚的工作');
    const result = reanchor(a, edited);
    expect(result.status).toBe('fuzzy');
    expect(covered(edited, result)).toBe('脱贫攻坚的工作');
    expect(result.score).toBeGreaterThan(0.75);
  });

  it('finds the quote fuzzily after a slight edit', () => {
    const edited = SOURCE.replace('脱贫攻坚工作', '脱贫攻艰工作');
    const result = reanchor(a, edited);
    expect(result.status).toBe('fuzzy');
    expect(covered(edited, result)).toBe('脱贫攻艰工作');
  });

  it('orphans the annotation when the quote is removed', () => {
    const edited = SOURCE.replace('推进脱贫攻坚工作中，', '');
    expect(reanchor(a, edited)).toEqual({ status: 'orphaned' });
    const orphan = applyAnchor(a, edited, reanchor(a, edited));
    expect(orphan).toEqual({ ...a, orphaned: true });
  });

  it('orphans the annotation when the quote was rewritten beyond the threshold', () => {
    const edited = SOURCE.replace('脱贫攻坚工作', '扶贫开发事业');
    expect(reanchor(a, edited).status).toBe('orphaned');
  });

  it('orphans an annotation with an empty quote and survives stale offsets past the end', () => {
    expect(reanchor({ ...a, quote: '' }, SOURCE).status).toBe('orphaned');
    expect(reanchor({ ...a, start: 500, end: 506 }, SOURCE).status).toBe('exact');
  });

  it('disambiguates a repeated quote by its context', () => {
    const text = '甲方认为要精准扶贫。乙方则说精准扶贫需要时间。';
    const second = createAnnotation(text, 'source', 0, text.lastIndexOf('精准扶贫'), text.lastIndexOf('精准扶贫') + 4, 'policy term', '', 'me', NOW);
    // Swap the sentences: the old offset now lands near the other occurrence.
    const swapped = '乙方则说精准扶贫需要时间。甲方认为要精准扶贫。';
    const result = reanchor(second, swapped);
    expect(result.status).toBe('exact');
    expect(result.start).toBe(swapped.indexOf('精准扶贫'));
    expect(covered(swapped, result)).toBe('精准扶贫');
  });

  it('breaks ties between identical contexts by closeness to the old position', () => {
    const text = 'abc'.repeat(100);
    const a150 = createAnnotation(text, 'target', 0, 150, 153, 'error', '', 'me', NOW);
    const result = reanchor(a150, `x${text}`);
    expect(result).toMatchObject({ status: 'exact', start: 151, end: 154 });
  });

  it('keeps astral characters whole when anchoring CJK text', () => {
    const text = '𠮷野家的牛丼饭很好吃。';
    const annotation = createAnnotation(text, 'source', 0, 0, '𠮷野家的牛丼饭'.length, 'culture-specific item', '', 'me', NOW);
    const inserted = `今天𠮷𠮷${text}`;
    expect(reanchor(annotation, inserted)).toMatchObject({ status: 'exact', start: '今天𠮷𠮷'.length });
    const edited = `今天𠮷𠮷${text.replace('牛丼饭', '牛肉饭')}`;
    const fuzzy = reanchor(annotation, edited);
    expect(fuzzy.status).toBe('fuzzy');
    expect(covered(edited, fuzzy)).toBe('𠮷野家的牛肉饭');
  });

  it('updates quote and context when applying a found anchor', () => {
    const edited = SOURCE.replace('脱贫攻坚工作', '脱贫攻艰工作');
    const moved = applyAnchor(a, edited, reanchor(a, edited));
    expect(moved).toMatchObject({ quote: '脱贫攻艰工作', prefix: '林西县在推进', orphaned: false, modified: a.modified });
  });
});

describe('anchorByQuote across the project', () => {
  const doc = blocks(
    ['林西县在推进脱贫攻坚工作中取得成效。', 'Linxi County has made progress in its poverty alleviation work.'],
    ['全县坚持精准扶贫。', 'The county adheres to targeted poverty alleviation.'],
    ['脱贫攻坚是一场硬仗。', 'Poverty alleviation is a tough battle.'],
  );

  it('finds a quote on the target side of another block', () => {
    const result = anchorByQuote('targeted poverty alleviation', '', '', doc.texts);
    expect(result).toMatchObject({ status: 'exact', blockId: 1, side: 'target' });
    expect(covered(doc.text(1, 'target'), result)).toBe('targeted poverty alleviation');
  });

  it('chooses between blocks by context', () => {
    const result = anchorByQuote('脱贫攻坚', '', '是一场', doc.texts);
    expect(result).toMatchObject({ status: 'exact', blockId: 2, side: 'source', start: 0, end: 4 });
    const other = anchorByQuote('脱贫攻坚', '林西县在推进', '工作', doc.texts);
    expect(other).toMatchObject({ blockId: 0, start: 6 });
  });

  it('uses the hint when context cannot decide', () => {
    expect(anchorByQuote('脱贫攻坚', '', '', doc.texts, { blockId: 2, side: 'source' })).toMatchObject({ blockId: 2 });
    expect(anchorByQuote('脱贫攻坚', '', '', doc.texts, { blockId: 0, side: 'source', start: 6 })).toMatchObject({ blockId: 0 });
  });

  it('falls back to a fuzzy match anywhere, and orphans what is not there', () => {
    const fuzzy = anchorByQuote('targeted poverty alleviaton', 'The county adheres to ', '.', doc.texts);
    expect(fuzzy).toMatchObject({ status: 'fuzzy', blockId: 1, side: 'target' });
    expect(covered(doc.text(1, 'target'), fuzzy)).toBe('targeted poverty alleviation');
    expect(anchorByQuote('乡村振兴战略', '', '', doc.texts)).toEqual({ status: 'orphaned' });
    expect(anchorByQuote('', '', '', doc.texts)).toEqual({ status: 'orphaned' });
  });

  it('moves an annotation to the block it was found in', () => {
    const a = createAnnotation('旧文本：脱贫攻坚是一场硬仗。', 'source', 9, 4, 8, 'metaphor', '', 'me', NOW);
    const result = anchorByQuote(a.quote, a.prefix, a.suffix, doc.texts);
    expect(applyAnchor(a, doc.text(2, 'source'), result)).toMatchObject({ blockId: 2, side: 'source', start: 0, end: 4, prefix: '', orphaned: false });
  });
});
