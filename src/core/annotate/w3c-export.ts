/**
 * Export to the W3C Web Annotation Data Model (JSON-LD). Each span becomes an Annotation whose
 * target names its block and side (see w3c-ids.ts) with a TextQuoteSelector and, when the span
 * is anchored, a TextPositionSelector in Unicode code points; the category is a `tagging` body
 * and the note a `commenting` body. Links are `linking` annotations with the two spans as
 * targets; block comments are `commenting` annotations on the block pair.
 */
import { unitToCodePoint } from '../text/codepoints.ts';
import type { Annotation, AnnotationLink, BlockComment, BlockText } from './model.ts';
import { UNPLACED_BLOCK } from './model.ts';
import { ANNO_CONTEXT, blockIri, pageIri, projectIri, recordIri } from './w3c-ids.ts';

/** A W3C TextQuoteSelector or TextPositionSelector as Duizhao writes them. */
export type W3CSelector =
  | { readonly type: 'TextQuoteSelector'; readonly exact: string; readonly prefix: string; readonly suffix: string }
  | { readonly type: 'TextPositionSelector'; readonly start: number; readonly end: number };

/** A span of a block's text on one side. */
export interface W3CSpanTarget {
  readonly type: 'SpecificResource';
  readonly source: string;
  readonly selector: readonly W3CSelector[];
}

/** A plain-text body: the category (`tagging`) or the note (`commenting`). */
export interface W3CTextualBody {
  readonly type: 'TextualBody';
  readonly purpose: 'tagging' | 'commenting';
  readonly value: string;
  readonly format: 'text/plain';
}

/** One exported annotation. */
export interface W3CAnnotation {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation: 'tagging' | 'linking' | 'commenting';
  /** Absent when the record has neither category nor note. */
  readonly body?: readonly W3CTextualBody[];
  readonly target: W3CSpanTarget | readonly W3CSpanTarget[] | string;
  readonly creator?: { readonly type: 'Person'; readonly name: string };
  readonly created: string;
  readonly modified: string;
}

/** The exported document: one AnnotationPage holding everything. */
export interface W3CAnnotationPage {
  readonly '@context': typeof ANNO_CONTEXT;
  readonly id: string;
  readonly type: 'AnnotationPage';
  readonly startIndex: 0;
  readonly items: readonly W3CAnnotation[];
}

/** What to export. `blocks` are the current texts of every block side the annotations refer to. */
export interface W3CExportInput {
  readonly projectId: string;
  readonly blocks: readonly BlockText[];
  readonly annotations: readonly Annotation[];
  readonly links?: readonly AnnotationLink[];
  readonly comments?: readonly BlockComment[];
}

function textLookup(blocks: readonly BlockText[]): (annotation: Annotation) => string | undefined {
  const byKey = new Map(blocks.map((block) => [`${block.blockId}:${block.side}`, block.text]));
  return (annotation) => byKey.get(`${annotation.blockId}:${annotation.side}`);
}

/**
 * The W3C target of one span. The position selector is written only when the span is anchored
 * and its offsets still cover its quote in the current text, so an export never states a
 * position that is known to be wrong; the quote selector is always there.
 */
export function spanTarget(projectId: string, annotation: Annotation, blockText: string | undefined): W3CSpanTarget {
  const quote: W3CSelector = { type: 'TextQuoteSelector', exact: annotation.quote, prefix: annotation.prefix, suffix: annotation.suffix };
  const placed = annotation.blockId !== UNPLACED_BLOCK;
  const source = placed ? blockIri(projectId, annotation.blockId, annotation.side) : projectIri(projectId);
  const holds = placed && !annotation.orphaned && blockText !== undefined && blockText.slice(annotation.start, annotation.end) === annotation.quote;
  if (!holds) return { type: 'SpecificResource', source, selector: [quote] };
  const position: W3CSelector = {
    type: 'TextPositionSelector',
    start: unitToCodePoint(blockText, annotation.start),
    end: unitToCodePoint(blockText, annotation.end),
  };
  return { type: 'SpecificResource', source, selector: [quote, position] };
}

function bodies(category: string, note: string): Pick<W3CAnnotation, 'body'> {
  const result: W3CTextualBody[] = [];
  if (category !== '') result.push({ type: 'TextualBody', purpose: 'tagging', value: category, format: 'text/plain' });
  if (note !== '') result.push({ type: 'TextualBody', purpose: 'commenting', value: note, format: 'text/plain' });
  return result.length === 0 ? {} : { body: result };
}

function provenance(record: { author: string; created: string; modified: string }): Pick<W3CAnnotation, 'creator' | 'created' | 'modified'> {
  const creator = record.author === '' ? {} : { creator: { type: 'Person' as const, name: record.author } };
  return { ...creator, created: record.created, modified: record.modified };
}

/**
 * The whole export as one AnnotationPage: spans first, then links, then block comments.
 * Links whose annotations are not in `annotations` are left out (they would have no target).
 * Offsets are code points of the texts in `blocks`.
 */
export function exportW3C(input: W3CExportInput): W3CAnnotationPage {
  const { projectId } = input;
  const textOf = textLookup(input.blocks);
  const byId = new Map(input.annotations.map((annotation) => [annotation.id, annotation]));
  const items: W3CAnnotation[] = input.annotations.map((annotation) => ({
    '@context': ANNO_CONTEXT,
    id: recordIri(projectId, 'annotation', annotation.id),
    type: 'Annotation',
    motivation: 'tagging',
    ...bodies(annotation.category, annotation.note),
    target: spanTarget(projectId, annotation, textOf(annotation)),
    ...provenance(annotation),
  }));
  for (const link of input.links ?? []) {
    const from = byId.get(link.sourceId);
    const to = byId.get(link.targetId);
    if (!from || !to) continue;
    items.push({
      '@context': ANNO_CONTEXT,
      id: recordIri(projectId, 'link', link.id),
      type: 'Annotation',
      motivation: 'linking',
      ...bodies(link.category, link.note),
      target: [spanTarget(projectId, from, textOf(from)), spanTarget(projectId, to, textOf(to))],
      ...provenance(link),
    });
  }
  for (const comment of input.comments ?? []) {
    items.push({
      '@context': ANNO_CONTEXT,
      id: recordIri(projectId, 'comment', comment.id),
      type: 'Annotation',
      motivation: 'commenting',
      ...bodies('', comment.note),
      target: blockIri(projectId, comment.blockId),
      ...provenance(comment),
    });
  }
  return { '@context': ANNO_CONTEXT, id: pageIri(projectId), type: 'AnnotationPage', startIndex: 0, items };
}

/** {@link exportW3C} serialised as indented JSON (UTF-8 when written by the caller). */
export function exportW3CJson(input: W3CExportInput): string {
  return `${JSON.stringify(exportW3C(input), null, 2)}\n`;
}
