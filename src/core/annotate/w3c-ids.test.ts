import { describe, expect, it } from 'vitest';
import { blockIri, pageIri, parseDuizhaoIri, projectIri, recordIri } from './w3c-ids.ts';

describe('Duizhao IRIs', () => {
  it('round-trips every kind, with awkward project ids and record ids', () => {
    const project = 'my:project 林西';
    expect(parseDuizhaoIri(projectIri(project))).toEqual({ kind: 'project', projectId: project });
    expect(parseDuizhaoIri(blockIri(project, 12, 'target'))).toEqual({ kind: 'block', projectId: project, blockId: 12, side: 'target' });
    expect(parseDuizhaoIri(blockIri(project, 3))).toEqual({ kind: 'block', projectId: project, blockId: 3 });
    expect(parseDuizhaoIri(recordIri(project, 'link', 'a:b/c'))).toEqual({ kind: 'link', projectId: project, id: 'a:b/c' });
    expect(parseDuizhaoIri(pageIri(project))).toEqual({ kind: 'page', projectId: project });
    expect(blockIri('p', 4, 'source')).toBe('urn:duizhao:p:block:4:source');
  });

  it('rejects foreign and malformed IRIs', () => {
    for (const iri of ['http://example.com/doc', 'urn:duizhao:', 'urn:duizhao:p:block:x:source', 'urn:duizhao:p:block:1:middle', 'urn:duizhao:p:block:1:source:extra', 'urn:duizhao:%E0:block:1', 'urn:duizhao:p:annotation:']) {
      expect(parseDuizhaoIri(iri), iri).toBeUndefined();
    }
  });
});
