import { describe, expect, it } from 'vitest';
import { createBlockComment, createLink, UNPLACED_BLOCK } from './model.ts';
import { blocks, NOW } from './testing/annotation-fixtures.ts';
import { exportW3C } from './w3c-export.ts';
import { importW3C } from './w3c-import.ts';
import { errorCode as appErrorCode } from '../model/testing/model-fixtures.ts';

const SOURCE_0 = '𠮷𠮷林西县推进脱贫攻坚，成效显著。';
const TARGET_0 = 'Linxi County is pushing ahead with poverty alleviation.';
const SOURCE_1 = '全县坚持精准扶贫，贫困人口全部脱贫。';
const TARGET_1 = 'The county adheres to targeted poverty alleviation; all poor people have been lifted out of poverty.';

function options(): { now: string; newId: () => string } {
  let n = 0;
  return { now: NOW, newId: () => `new${++n}` };
}


describe('importing Duizhao exports', () => {
  const doc = blocks([SOURCE_0, TARGET_0], [SOURCE_1, TARGET_1]);
  const a = doc.ann('脱贫攻坚', 'policy term', { note: 'battle metaphor' });
  const b = doc.ann('poverty alleviation', 'policy term', { block: 0 });
  const c = doc.ann('精准扶贫', 'policy term');
  const link = createLink(a, b, 'translation shift', 'metaphor dropped', 'Reviewer', NOW, 'l1');
  const comment = createBlockComment(1, 'Figures checked.', 'Reviewer', NOW, 'c1');
  const page = exportW3C({ projectId: 'p', blocks: doc.texts, annotations: [a, b, c], links: [link], comments: [comment] });

  it('round-trips annotations, links and comments unchanged', () => {
    const result = importW3C(JSON.stringify(page), doc.texts, options());
    expect(result.annotations).toEqual([a, b, c]);
    expect(result.links).toEqual([link]);
    expect(result.comments).toEqual([comment]);
    expect(result).toMatchObject({ anchored: 3, orphaned: 0, errors: [] });
  });

  it('re-anchors by quote when the block text changed', () => {
    const changed = blocks([`二〇二〇年，${SOURCE_0}`, TARGET_0], [SOURCE_1, TARGET_1]);
    const result = importW3C(page, changed.texts, options());
    const moved = result.annotations[0]!;
    expect(moved).toMatchObject({ id: a.id, blockId: 0, side: 'source', quote: '脱贫攻坚', orphaned: false });
    expect(changed.text(0, 'source').slice(moved.start, moved.end)).toBe('脱贫攻坚');
    expect(result.links).toEqual([link]);
  });

  it('finds spans in other blocks when blocks were renumbered', () => {
    const renumbered = blocks(['前言。', 'Preface.'], [SOURCE_0, TARGET_0], [SOURCE_1, TARGET_1]);
    const result = importW3C(page, renumbered.texts, options());
    expect(result.annotations.map((x) => [x.blockId, x.side, x.quote])).toEqual([
      [1, 'source', '脱贫攻坚'],
      [1, 'target', 'poverty alleviation'],
      [2, 'source', '精准扶贫'],
    ]);
    expect(result.anchored).toBe(3);
  });

  it('keeps what it cannot anchor as orphans with their quote, block and offsets', () => {
    const rewritten = blocks(['完全不同的内容。', TARGET_0], ['另一段。', TARGET_1]);
    const result = importW3C(page, rewritten.texts, options());
    const orphan = result.annotations.find((x) => x.id === a.id);
    expect(orphan).toMatchObject({ orphaned: true, blockId: 0, side: 'source', quote: '脱贫攻坚', prefix: a.prefix, suffix: a.suffix, start: 7, end: 11 });
    expect(result.orphaned).toBe(2);
    expect(result.anchored).toBe(1);
    expect(result.annotations).toHaveLength(3);
    expect(result.links).toEqual([link]);
  });

  it('uses a Duizhao position without a quote, converting code points to UTF-16', () => {
    const item = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', target: { source: 'urn:duizhao:p:block:0:source', selector: { type: 'TextPositionSelector', start: 7, end: 11 } } };
    const [only] = importW3C(item, doc.texts, options()).annotations;
    expect(only).toMatchObject({ start: 9, end: 13, quote: '脱贫攻坚', id: 'new1', created: NOW, modified: NOW, author: '' });
  });

  it('creates annotations for link ends that were not imported as spans', () => {
    const linkOnly = { ...page, items: page.items.filter((item) => item.motivation === 'linking') };
    const result = importW3C(linkOnly, doc.texts, options());
    expect(result.annotations.map((x) => [x.quote, x.category, x.note])).toEqual([
      ['脱贫攻坚', 'translation shift', ''],
      ['poverty alleviation', 'translation shift', ''],
    ]);
    expect(result.links[0]).toMatchObject({ sourceId: result.annotations[0]!.id, targetId: result.annotations[1]!.id, note: 'metaphor dropped' });
  });

  it('gives duplicate ids fresh ones', () => {
    const doubled = { ...page, items: [page.items[0], page.items[0]] };
    expect(importW3C(doubled, doc.texts, options()).annotations.map((x) => x.id)).toEqual([a.id, 'new1']);
  });
});

describe('importing other tools’ annotations', () => {
  const doc = blocks([SOURCE_0, TARGET_0], [SOURCE_1, TARGET_1]);

  it('anchors a quote-only W3C annotation with an unknown source by quote and context', () => {
    const item = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.org/anno/17',
      type: 'Annotation',
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'policy term' },
        { type: 'TextualBody', purpose: 'tagging', value: 'key' },
        { type: 'TextualBody', value: 'Official rendering.' },
      ],
      creator: { type: 'Person', nickname: 'ann' },
      created: '2024-01-01T00:00:00Z',
      target: { source: 'https://example.org/report.html', selector: [{ type: 'TextQuoteSelector', exact: 'poverty alleviation', prefix: 'targeted ', suffix: '; all' }] },
    };
    const result = importW3C([item], doc.texts, options());
    expect(result.annotations).toEqual([
      expect.objectContaining({ id: 'new1', blockId: 1, side: 'target', quote: 'poverty alleviation', category: 'policy term', note: 'Official rendering.\n\nTags: key', author: 'ann', created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z', orphaned: false }),
    ]);
    const found = result.annotations[0]!;
    expect(doc.text(1, 'target').slice(found.start, found.end)).toBe('poverty alleviation');
  });

  it('reads Hypothesis API rows (text, tags, user, updated)', () => {
    const rows = {
      total: 1,
      rows: [{ id: 'h1', user: 'acct:li@hypothes.is', text: '政策口号', tags: ['slogan'], created: '2024-02-01T00:00:00Z', updated: '2024-02-02T00:00:00Z', target: [{ source: 'https://example.org', selector: [{ type: 'RangeSelector' }, { type: 'TextQuoteSelector', exact: '精准扶贫', prefix: '全县坚持', suffix: '，' }] }] }],
    };
    const [only] = importW3C(JSON.stringify(rows), doc.texts, options()).annotations;
    expect(only).toMatchObject({ blockId: 1, side: 'source', quote: '精准扶贫', category: 'slogan', note: '政策口号', author: 'acct:li@hypothes.is', modified: '2024-02-02T00:00:00Z' });
  });

  it('accepts an AnnotationCollection with an embedded first page', () => {
    const collection = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'x:y', selector: { type: 'TextQuoteSelector', exact: '成效显著' } } }] } };
    expect(importW3C(collection, doc.texts, options())).toMatchObject({ anchored: 1, orphaned: 0 });
  });

  it('returns unanchorable annotations as unplaced orphans and reports unusable items', () => {
    const page = {
      type: 'AnnotationPage',
      items: [
        { type: 'Annotation', target: { source: 'x:y', selector: { type: 'TextQuoteSelector', exact: '乡村振兴战略', prefix: 'a', suffix: 'b' } } },
        { type: 'Annotation', target: 'https://example.org/whole-document' },
        { type: 'Person', name: 'not an annotation' },
      ],
    };
    const result = importW3C(page, doc.texts, options());
    expect(result.annotations).toEqual([expect.objectContaining({ orphaned: true, blockId: UNPLACED_BLOCK, quote: '乡村振兴战略', prefix: 'a', suffix: 'b' })]);
    expect(result).toMatchObject({ anchored: 0, orphaned: 1 });
    expect(result.errors).toEqual([
      { index: 1, code: 'annotate:errors.noQuote', details: { index: 1 } },
      { index: 2, code: 'annotate:errors.notAnAnnotation', details: { index: 2 } },
    ]);
  });
});

describe('import errors', () => {
  it('rejects malformed JSON and JSON without annotations', () => {
    expect(appErrorCode(() => importW3C('{"type": "Annotation",', [], options()))).toBe('annotate:errors.badJson');
    expect(appErrorCode(() => importW3C('{"foo": 1}', [], options()))).toBe('annotate:errors.notAnnotations');
    expect(appErrorCode(() => importW3C('[1, 2]', [], options()))).toBe('annotate:errors.notAnnotations');
    expect(appErrorCode(() => importW3C('"text"', [], options()))).toBe('annotate:errors.notAnnotations');
    expect(appErrorCode(() => importW3C({ type: 'AnnotationCollection', first: 'https://example.org/page1' }, [], options()))).toBe('annotate:errors.remotePage');
  });

  it('accepts an empty page and a byte order mark', () => {
    expect(importW3C('\uFEFF{"type": "AnnotationPage", "items": []}', [], options())).toEqual({ annotations: [], links: [], comments: [], anchored: 0, orphaned: 0, errors: [] });
  });
});
