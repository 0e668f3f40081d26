/**
 * IRIs that Duizhao writes into W3C Web Annotation exports. Everything lives under
 * `urn:duizhao:<projectId>:` (projectId percent-encoded, so it never contains a colon):
 *
 * - `urn:duizhao:<p>:block:<blockId>:<side>` — the plain text of one block on one side
 *   (`source` = Chinese, `target` = English); selectors count code points within that text.
 * - `urn:duizhao:<p>:block:<blockId>` — the block as an aligned pair (target of block comments).
 * - `urn:duizhao:<p>` — the whole project (source of annotations that match no block).
 * - `urn:duizhao:<p>:annotation|link|comment:<id>` — the records themselves (id percent-encoded).
 * - `urn:duizhao:<p>:annotations` — the exported AnnotationPage.
 *
 * "duizhao" is not a registered URN namespace; the IRIs are names, never dereferenced.
 */
import type { Side } from './model.ts';

/** The JSON-LD context of the W3C Web Annotation Data Model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Kinds of record IRIs. */
export type RecordKind = 'annotation' | 'link' | 'comment';

const PREFIX = 'urn:duizhao:';

/** The IRI of the project itself. */
export function projectIri(projectId: string): string {
  return `${PREFIX}${encodeURIComponent(projectId)}`;
}

/** The IRI of block `blockId`, on one `side` or (without side) as a pair. */
export function blockIri(projectId: string, blockId: number, side?: Side): string {
  return `${projectIri(projectId)}:block:${blockId}${side ? `:${side}` : ''}`;
}

/** The IRI of an annotation, link or block comment. */
export function recordIri(projectId: string, kind: RecordKind, id: string): string {
  return `${projectIri(projectId)}:${kind}:${encodeURIComponent(id)}`;
}

/** The IRI of an exported AnnotationPage. */
export function pageIri(projectId: string): string {
  return `${projectIri(projectId)}:annotations`;
}

/** What a Duizhao IRI names; `undefined` from {@link parseDuizhaoIri} for any other IRI. */
export type DuizhaoIri =
  | { readonly kind: 'project'; readonly projectId: string }
  | { readonly kind: 'block'; readonly projectId: string; readonly blockId: number; readonly side?: Side }
  | { readonly kind: RecordKind; readonly projectId: string; readonly id: string }
  | { readonly kind: 'page'; readonly projectId: string };

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** Reads an IRI written by the functions above; anything else (or malformed) gives `undefined`. */
export function parseDuizhaoIri(iri: string): DuizhaoIri | undefined {
  if (!iri.startsWith(PREFIX)) return undefined;
  const [rawProject, kind, ...rest] = iri.slice(PREFIX.length).split(':');
  const projectId = rawProject === undefined || rawProject === '' ? undefined : decode(rawProject);
  if (projectId === undefined) return undefined;
  if (kind === undefined) return { kind: 'project', projectId };
  if (kind === 'annotations' && rest.length === 0) return { kind: 'page', projectId };
  if (kind === 'block') {
    const [id, side, extra] = rest;
    if (id === undefined || !/^\d+$/.test(id) || extra !== undefined) return undefined;
    if (side === undefined) return { kind: 'block', projectId, blockId: Number(id) };
    return side === 'source' || side === 'target' ? { kind: 'block', projectId, blockId: Number(id), side } : undefined;
  }
  if ((kind === 'annotation' || kind === 'link' || kind === 'comment') && rest.length === 1) {
    const id = decode(rest[0] ?? '');
    return id === undefined || id === '' ? undefined : { kind, projectId, id };
  }
  return undefined;
}
