import type { DatabaseSync } from 'node:sqlite';
import type { AnnotationBundle } from '../../shared/feature-dto.ts';
import { AnnotationStore } from './annotation-store.ts';
import { verifyAnchors } from './anchoring.ts';

/**
 * Everything annotated in the project, or in one document when `documentId` is given (plus
 * unplaced orphans, which belong to no document): annotations in text order with anchors checked
 * against the current block texts (moved ones re-anchored and saved, lost ones orphaned — so
 * exported offsets always match the texts), links with an end in that set, block comments, and
 * the tag set. For exporters (W3C JSON-LD, CSV, JSONL, XLIFF notes) and `listAnnotations`.
 * Writes only when an anchor had to move.
 */
export function loadAnnotationData(db: DatabaseSync, documentId?: number): AnnotationBundle {
  const store = new AnnotationStore(db);
  const annotations = verifyAnchors(store, store.annotations(documentId));
  return { annotations, links: store.links(documentId), comments: store.comments(documentId), tagSet: store.tagSet() };
}
