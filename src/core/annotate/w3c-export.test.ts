import validateAnnotation from 'validate-web-annotation';
import { describe, expect, it } from 'vitest';
import { createBlockComment, createLink, UNPLACED_BLOCK } from './model.ts';
import { blocks } from './testing/annotation-fixtures.ts';
import type { W3CAnnotation, W3CSpanTarget } from './w3c-export.ts';
import { exportW3C, exportW3CJson } from './w3c-export.ts';
import { parseDuizhaoIri } from './w3c-ids.ts';

const MOTIVATIONS = ['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging'];
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Problems with one exported annotation. The npm validator checks the core structure, but its
 * schema types `created`/`modified` as xsd:date (ajv "date"), while the W3C model says
 * xsd:dateTime; so it sees a copy without them and we check those, plus selectors, bodies and
 * motivations (which the package does not cover), here.
 */
function w3cProblems(annotation: W3CAnnotation): string[] {
  const problems: string[] = [];
  const { created, modified, ...rest } = annotation;
  if (!validateAnnotation(rest)) problems.push('validate-web-annotation rejected it');
  for (const [name, value] of Object.entries({ created, modified })) if (!DATE_TIME.test(value)) problems.push(`${name} is not xsd:dateTime`);
  if (!MOTIVATIONS.includes(annotation.motivation)) problems.push(`unknown motivation ${annotation.motivation}`);
  for (const body of annotation.body ?? []) {
    if (body.type !== 'TextualBody' || typeof body.value !== 'string') problems.push('body without value');
    if (!MOTIVATIONS.includes(body.purpose)) problems.push(`unknown purpose ${body.purpose}`);
  }
  const targets = typeof annotation.target === 'string' ? [] : Array.isArray(annotation.target) ? annotation.target : [annotation.target as W3CSpanTarget];
  for (const target of targets) {
    if (!target.source) problems.push('target without source');
    for (const selector of target.selector) {
      if (selector.type === 'TextQuoteSelector' && selector.exact === '') problems.push('empty exact');
      if (selector.type === 'TextPositionSelector' && !(Number.isInteger(selector.start) && selector.start >= 0 && selector.end >= selector.start)) problems.push('bad position');
    }
  }
  return problems;
}

function targetOf(annotation: W3CAnnotation | undefined): W3CSpanTarget {
  return annotation?.target as W3CSpanTarget;
}

describe('W3C export', () => {
  const doc = blocks(['𠮷𠮷林西县推进脱贫攻坚，成效显著。', 'Linxi County is pushing ahead with poverty alleviation.']);
  const source = doc.ann('脱贫攻坚', 'policy term', { note: '“攻坚” is a battle metaphor' });
  const target = doc.ann('poverty alleviation', 'policy term', { author: '' });
  const link = createLink(source, target, 'translation shift', '', 'Reviewer', '2025-03-02T09:00:00Z', 'l1');
  const comment = createBlockComment(0, 'Check the official translation.', 'Reviewer', '2025-03-02T09:00:00Z', 'c1');
  const page = exportW3C({ projectId: 'linxi report', blocks: doc.texts, annotations: [source, target], links: [link], comments: [comment] });

  it('writes an AnnotationPage in the W3C context with spans, then links, then comments', () => {
    expect(page).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage' });
    expect(page.items.map((item) => item.motivation)).toEqual(['tagging', 'tagging', 'linking', 'commenting']);
    expect(parseDuizhaoIri(page.items[0]!.id)).toEqual({ kind: 'annotation', projectId: 'linxi report', id: source.id });
  });

  it('passes validate-web-annotation and the W3C model checks', () => {
    for (const item of page.items) expect(w3cProblems(item), item.id).toEqual([]);
  });

  it('counts positions in code points, after astral characters', () => {
    const text = doc.text(0, 'source');
    const expectedStart = [...text.slice(0, text.indexOf('脱贫攻坚'))].length;
    expect(expectedStart).toBe(7);
    expect(source.start).toBe(9);
    expect(targetOf(page.items[0]).selector).toEqual([
      { type: 'TextQuoteSelector', exact: '脱贫攻坚', prefix: '𠮷𠮷林西县推进', suffix: '，成效显著。' },
      { type: 'TextPositionSelector', start: expectedStart, end: expectedStart + 4 },
    ]);
  });

  it('names the block and side in the target source', () => {
    expect(parseDuizhaoIri(targetOf(page.items[0]).source)).toEqual({ kind: 'block', projectId: 'linxi report', blockId: 0, side: 'source' });
    expect(parseDuizhaoIri(targetOf(page.items[1]).source)).toMatchObject({ blockId: 0, side: 'target' });
  });

  it('writes the category as a tagging body and the note as a commenting body, with provenance', () => {
    expect(page.items[0]).toMatchObject({
      body: [
        { type: 'TextualBody', purpose: 'tagging', value: 'policy term' },
        { type: 'TextualBody', purpose: 'commenting', value: '“攻坚” is a battle metaphor' },
      ],
      creator: { type: 'Person', name: 'Tester' },
      created: source.created,
      modified: source.modified,
    });
    expect(page.items[1]!.body).toHaveLength(1);
    expect(page.items[1]!.creator).toBeUndefined();
  });

  it('exports a link with both spans as targets and a block comment on the whole block', () => {
    const linkTargets = page.items[2]!.target as W3CSpanTarget[];
    expect(linkTargets.map((t) => t.selector.map((s) => s.type))).toEqual([
      ['TextQuoteSelector', 'TextPositionSelector'],
      ['TextQuoteSelector', 'TextPositionSelector'],
    ]);
    expect(linkTargets[1]!.selector[0]).toMatchObject({ exact: 'poverty alleviation' });
    expect(page.items[3]).toMatchObject({ target: 'urn:duizhao:linxi%20report:block:0', body: [{ purpose: 'commenting', value: comment.note }] });
  });

  it('leaves out positions it cannot vouch for, and links to missing annotations', () => {
    const orphan = { ...source, orphaned: true };
    const stale = { ...target, start: 0 };
    const unplaced = { ...source, id: 'u', blockId: UNPLACED_BLOCK };
    const out = exportW3C({ projectId: 'p', blocks: doc.texts, annotations: [orphan, stale, unplaced], links: [{ ...link, targetId: 'gone' }] });
    expect(out.items).toHaveLength(3);
    for (const item of out.items) expect(targetOf(item).selector.map((s) => s.type)).toEqual(['TextQuoteSelector']);
    expect(targetOf(out.items[2]).source).toBe('urn:duizhao:p');
    for (const item of out.items) expect(w3cProblems(item)).toEqual([]);
  });

  it('serialises to JSON that parses back to the same page', () => {
    expect(JSON.parse(exportW3CJson({ projectId: 'linxi report', blocks: doc.texts, annotations: [source, target], links: [link], comments: [comment] }))).toEqual(page);
  });

  it('is caught by the checks when something is wrong', () => {
    const broken = { ...page.items[0]!, created: '2025-03-01', motivation: 'liking' } as unknown as W3CAnnotation;
    expect(w3cProblems(broken)).toEqual(['created is not xsd:dateTime', 'unknown motivation liking']);
    expect(validateAnnotation({ ...page.items[0]!, created: undefined, modified: undefined, target: undefined })).toBe(false);
  });
});
