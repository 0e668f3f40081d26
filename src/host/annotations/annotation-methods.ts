import type { Annotation } from '../../core/annotate/index.ts';
import { tagSetProblems, UNPLACED_BLOCK } from '../../core/annotate/index.ts';
import { AppError } from '../../core/model/index.ts';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { HostContext } from '../context.ts';
import { decodeFilePayload } from '../source-file.ts';
import { AnnotationStore } from './annotation-store.ts';
import { verified } from './anchoring.ts';
import { importAnnotationsText } from './import-annotations.ts';
import { loadAnnotationData } from './load-annotation-data.ts';

/** The annotation methods of the contract. */
export type AnnotationMethods = Pick<
  WorkbenchApi,
  'listAnnotations' | 'saveAnnotation' | 'deleteAnnotation' | 'saveLink' | 'deleteLink' | 'saveComment' | 'deleteComment' | 'saveTagSet' | 'importAnnotations'
>;

/**
 * The annotation slice of the workbench over the open project. Saves stamp `modified` with the
 * host clock and keep the stored `created`. Errors: `host:errors.blockNotFound` for a span or
 * comment on an unknown block, `annotate:errors.badSpan` for end < start,
 * `annotate:errors.linkEndMissing` for a link to an unknown annotation,
 * `annotate:errors.renameUnknownTag` for a tag rename to a name the new tag set lacks, the tag-set problems of
 * `tagSetProblems` (first one), and the W3C import errors of `importW3C`.
 */
export function annotationMethods(ctx: HostContext): AnnotationMethods {
  const store = (): AnnotationStore => new AnnotationStore(ctx.project().db, ctx.project().path);
  const now = (): string => new Date(ctx.now()).toISOString();
  const requireBlock = (s: AnnotationStore, blockId: number): void => {
    if (s.blockText(blockId, 'source') === undefined) throw new AppError('host:errors.blockNotFound', { blockId });
  };

  return {
    async listAnnotations({ documentId }) {
      return loadAnnotationData(ctx.project().db, documentId);
    },

    async saveAnnotation({ annotation }) {
      const s = store();
      if (annotation.end < annotation.start) throw new AppError('annotate:errors.badSpan', { start: annotation.start, end: annotation.end });
      if (annotation.blockId !== UNPLACED_BLOCK) requireBlock(s, annotation.blockId);
      const created = s.annotation(annotation.id)?.created ?? annotation.created;
      let saved: Annotation = { ...annotation, created, modified: now() };
      // The Chinese never changes, so a source span is checked now. A target span may come from
      // text the save queue has not delivered yet; the next saveTarget (with ranges) places it.
      if (saved.side === 'source' && saved.blockId !== UNPLACED_BLOCK) saved = verified(saved, s.blockText(saved.blockId, 'source') ?? '');
      s.write(() => s.putAnnotations([saved]));
      return saved;
    },

    async deleteAnnotation({ id }) {
      const s = store();
      s.write(() => s.deleteAnnotation(id));
      return {};
    },

    async saveLink({ link }) {
      const s = store();
      for (const end of [link.sourceId, link.targetId]) {
        if (!s.annotation(end)) throw new AppError('annotate:errors.linkEndMissing', { id: end });
      }
      const created = s.links().find((existing) => existing.id === link.id)?.created ?? link.created;
      const saved = { ...link, created, modified: now() };
      s.write(() => s.putLinks([saved]));
      return saved;
    },

    async deleteLink({ id }) {
      const s = store();
      s.write(() => s.deleteLink(id));
      return {};
    },

    async saveComment({ comment }) {
      const s = store();
      requireBlock(s, comment.blockId);
      const saved = { ...comment, created: s.comment(comment.id)?.created ?? comment.created, modified: now() };
      s.write(() => s.putComments([saved]));
      return saved;
    },

    async deleteComment({ id }) {
      const s = store();
      s.write(() => s.deleteComment(id));
      return {};
    },

    async saveTagSet({ tagSet, renames = [] }) {
      const [problem] = tagSetProblems(tagSet);
      if (problem) throw new AppError(problem.code, problem.details);
      const unknown = renames.find((r) => !tagSet.tags.some((tag) => tag.name === r.to));
      if (unknown) throw new AppError('annotate:errors.renameUnknownTag', { from: unknown.from, to: unknown.to });
      const s = store();
      s.write(() => {
        s.putTagSet(tagSet);
        s.renameCategories(renames);
      });
      return tagSet;
    },

    async importAnnotations({ file }) {
      const text = new TextDecoder('utf-8').decode(decodeFilePayload(file));
      return importAnnotationsText(ctx.project().db, text, now(), ctx.project().path);
    },
  };
}

