import type { DatabaseSync } from 'node:sqlite';
import { importW3C } from '../../core/annotate/index.ts';
import type { AnnotationImportSummary } from '../../shared/feature-dto.ts';
import { AnnotationStore } from './annotation-store.ts';

/**
 * Imports W3C Web Annotations (JSON-LD text, an array or an AnnotationPage) into the project in
 * one transaction: each span is anchored over every block on both sides (position first for
 * Duizhao's own exports, then quote and context); what cannot be placed is stored as an orphan.
 * Ids from Duizhao exports are kept, so re-importing an export updates rather than duplicates.
 * `errors` counts skipped items (not annotations, no quote) and comments on unknown blocks.
 * `now` is the ISO 8601 time for records without dates. Throws the `annotate:errors.*` of importW3C.
 */
export function importAnnotationsText(db: DatabaseSync, text: string, now: string, path = ''): AnnotationImportSummary {
  const store = new AnnotationStore(db, path);
  const result = importW3C(text, store.blockTexts(), { now });
  const comments = result.comments.filter((c) => store.blockText(c.blockId, 'source') !== undefined);
  store.write(() => {
    store.putAnnotations(result.annotations);
    store.putLinks(result.links);
    store.putComments(comments);
  });
  return { anchored: result.anchored, orphaned: result.orphaned, errors: result.errors.length + result.comments.length - comments.length };
}
