import type { DatabaseSync } from 'node:sqlite';
import type { Annotation, AnnotationLink, BlockComment } from '../../core/annotate/model.ts';

/** The annotation records an export carries: spans, links between spans, and block comments. */
export interface AnnotationData {
  readonly annotations: readonly Annotation[];
  readonly links: readonly AnnotationLink[];
  readonly comments: readonly BlockComment[];
}

/**
 * Reads the annotation records of the open project (one document when `documentId` is given).
 * Injected so that exports do not depend on how the annotations feature stores its rows.
 */
export type AnnotationSource = (db: DatabaseSync, documentId?: number) => AnnotationData;

/** A source with no annotations: what exports use when the annotations feature is absent. */
export const emptyAnnotationSource: AnnotationSource = () => ({ annotations: [], links: [], comments: [] });
