import { loadAnnotationData } from '../annotations/load-annotation-data.ts';
import type { AnnotationSource } from './annotation-source.ts';

/**
 * The annotation records exports read by default: the annotations feature's storage, with
 * anchors checked against the current texts so that exported offsets match them.
 */
export const defaultAnnotationSource: AnnotationSource = loadAnnotationData;
