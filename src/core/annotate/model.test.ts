import { describe, expect, it } from 'vitest';
import { createAnnotation, createBlockComment, createLink, describeSpan, newAnnotationId, textAfter, textBefore } from './model.ts';
import { blocks, NOW } from './testing/annotation-fixtures.ts';

describe('createAnnotation', () => {
  const doc = blocks(['林西县在推进脱贫攻坚', 'Linxi County is pushing ahead with poverty alleviation']);

  it('computes quote, prefix and suffix from the block text', () => {
    const a = doc.ann('推进', 'policy term', { note: 'verb' });
    expect(a).toMatchObject({ side: 'source', blockId: 0, start: 4, end: 6, quote: '推进', prefix: '林西县在', suffix: '脱贫攻坚', category: 'policy term', note: 'verb', orphaned: false });
    expect(a.created).toBe(NOW);
    expect(a.modified).toBe(NOW);
  });

  it('keeps at most 32 code points of context on each side', () => {
    const text = `${'左'.repeat(40)}X${'右'.repeat(40)}`;
    const a = createAnnotation(text, 'target', 3, 40, 41, 'error', '', 'me', NOW, 'id1');
    expect(a.prefix).toBe('左'.repeat(32));
    expect(a.suffix).toBe('右'.repeat(32));
  });

  it('counts context in code points, so astral characters are never split', () => {
    const text = `${'𠮷'.repeat(40)}吉${'𠮷'.repeat(40)}`;
    const start = text.indexOf('吉');
    const a = createAnnotation(text, 'source', 0, start, start + 1, 'idiom', '', 'me', NOW);
    expect(a.prefix).toBe('𠮷'.repeat(32));
    expect(a.suffix).toBe('𠮷'.repeat(32));
    expect(textBefore('a𠮷', 3, 1)).toBe('𠮷');
    expect(textAfter('𠮷a', 0, 1)).toBe('𠮷');
  });

  it('widens a span that splits a surrogate pair to the whole character', () => {
    expect(describeSpan('a𠮷b', 2, 4)).toMatchObject({ start: 1, end: 4, quote: '𠮷b' });
    expect(describeSpan('a𠮷b', 0, 2)).toMatchObject({ start: 0, end: 3, quote: 'a𠮷' });
  });

  it('rejects empty and out-of-range spans', () => {
    expect(() => describeSpan('abc', 1, 1)).toThrow(RangeError);
    expect(() => describeSpan('abc', 2, 4)).toThrow(RangeError);
    expect(() => describeSpan('abc', -1, 2)).toThrow(RangeError);
  });

  it('gives fresh ids by default', () => {
    expect(newAnnotationId()).not.toBe(newAnnotationId());
  });
});

describe('comments and links', () => {
  it('links two annotations by id', () => {
    const doc = blocks(['脱贫攻坚', 'poverty alleviation']);
    const from = doc.ann('脱贫攻坚', 'policy term');
    const to = doc.ann('poverty alleviation', 'policy term');
    const link = createLink(from, to, 'translation shift', 'battle metaphor dropped', 'me', NOW, 'l1');
    expect(link).toEqual({ id: 'l1', sourceId: from.id, targetId: to.id, category: 'translation shift', note: 'battle metaphor dropped', author: 'me', created: NOW, modified: NOW });
  });

  it('creates a block comment', () => {
    expect(createBlockComment(7, 'check the figures', 'me', NOW, 'c1')).toEqual({ id: 'c1', blockId: 7, note: 'check the figures', author: 'me', created: NOW, modified: NOW });
  });
});
