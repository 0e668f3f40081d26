import { TextSelection } from 'prosemirror-state';
import type { Annotation, AnnotationLink, TagSet } from '../../../core/annotate/index.ts';
import { createAnnotation, createBlockComment, createLink, describeSpan } from '../../../core/annotate/index.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationState, SpanSelection } from './annotation-state.ts';
import { toPos } from './decorations.ts';
import i18next from 'i18next';
import { toasts } from '../../app/toast-store.ts';

/** What the panel, popup and shortcuts can do; every host failure lands in `state.error`. */
export interface AnnotationActions {
  load(): Promise<void>;
  create(selection: SpanSelection, category: string, note: string): Promise<Annotation | undefined>;
  update(annotation: Annotation, category: string, note: string): Promise<void>;
  remove(id: string): Promise<void>;
  link(fromId: string, toId: string, category: string, note?: string): Promise<void>;
  /** Changes a link's category and note. */
  updateLink(link: AnnotationLink, category: string, note: string): Promise<void>;
  unlink(id: string): Promise<void>;
  reattach(annotation: Annotation, selection: SpanSelection): Promise<void>;
  /** Saves the tag set; `renames` re-categorise existing annotations and links (then reloaded). */
  saveTagSet(tagSet: TagSet, renames?: readonly { from: string; to: string }[]): Promise<boolean>;
  jump(annotation: Annotation): void;
  comment(blockId: number, note: string): Promise<boolean>;
  uncomment(id: string): Promise<void>;
}

const nowIso = (): string => new Date().toISOString();

/** Selects `start…end` in a block's pane once the row is mounted (focusRow may mount it later). */
function selectWhenMounted(env: FeatureEnv, annotation: Annotation, start: number, end: number, tries = 40): void {
  const view = env.registry.get(annotation.blockId, annotation.side);
  if (!view) {
    if (tries > 0) requestAnimationFrame(() => selectWhenMounted(env, annotation, start, end, tries - 1));
    return;
  }
  const size = view.state.doc.content.size;
  const from = Math.min(toPos(start), size - 1);
  const to = Math.min(toPos(end), size - 1);
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
}

/** Builds the actions over the feature state; `env()` and `author()` are read at call time. */
export function createActions(state: AnnotationState, env: () => FeatureEnv, author: () => string): AnnotationActions {
  const guard = async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    try {
      const value = await work();
      if (state.error) state.setError(null);
      return value;
    } catch (error) {
      state.setError(error);
      return undefined;
    }
  };
  return {
    load: async () => {
      const { api, documentId } = env();
      await guard(async () => state.setBundle(await api.listAnnotations({ documentId })));
    },
    create: (selection, category, note) =>
      guard(async () => {
        const draft = createAnnotation(selection.text, selection.side, selection.blockId, selection.start, selection.end, category, note, author(), nowIso());
        const saved = await env().api.saveAnnotation({ annotation: draft });
        state.putAnnotation(saved);
        return saved;
      }),
    update: async (annotation, category, note) => {
      await guard(async () => state.putAnnotation(await env().api.saveAnnotation({ annotation: { ...annotation, category, note } })));
    },
    remove: async (id) => {
      const annotation = state.byId(id);
      // Its links go with it on the host (cascade): keep them to bring back with Undo.
      const links = state.links.filter((l) => l.sourceId === id || l.targetId === id);
      const done = await guard(async () => {
        await env().api.deleteAnnotation({ id });
        state.removeAnnotation(id);
        return true;
      });
      if (!done || !annotation) return;
      const quote = annotation.quote.length > 24 ? `${annotation.quote.slice(0, 24)}…` : annotation.quote;
      const message = links.length
        ? i18next.t('annotate:undo.annotationDeletedWithLinks', { quote, count: links.length })
        : i18next.t('annotate:undo.annotationDeleted', { quote });
      toasts.show({
        message,
        undo: async () => {
          const { api } = env();
          state.putAnnotation(await api.saveAnnotation({ annotation }));
          for (const link of links) state.putLink(await api.saveLink({ link }));
        },
      });
    },
    link: async (fromId, toId, category, note = '') => {
      const from = state.byId(fromId);
      const to = state.byId(toId);
      if (!from || !to) return;
      // Links read source → target whichever end the user picked first.
      const [a, b] = from.side === 'target' && to.side === 'source' ? [to, from] : [from, to];
      await guard(async () => state.putLink(await env().api.saveLink({ link: createLink(a, b, category, note, author(), nowIso()) })));
      state.setLinkFrom(null);
    },
    updateLink: async (link, category, note) => {
      if (link.category === category && link.note === note) return;
      await guard(async () => state.putLink(await env().api.saveLink({ link: { ...link, category, note } })));
    },
    unlink: async (id) => {
      const link = state.links.find((l) => l.id === id);
      const done = await guard(async () => {
        await env().api.deleteLink({ id });
        state.removeLink(id);
        return true;
      });
      if (!done || !link) return;
      toasts.show({
        message: i18next.t('annotate:undo.linkDeleted'),
        undo: async () => state.putLink(await env().api.saveLink({ link })),
      });
    },
    reattach: async (annotation, selection) => {
      const span = describeSpan(selection.text, selection.start, selection.end);
      const moved: Annotation = { ...annotation, blockId: selection.blockId, side: selection.side, ...span, orphaned: false };
      await guard(async () => state.putAnnotation(await env().api.saveAnnotation({ annotation: moved })));
    },
    saveTagSet: async (tagSet, renames = []) => {
      const saved = await guard(() => env().api.saveTagSet(renames.length ? { tagSet, renames } : { tagSet }));
      if (!saved) return false;
      state.setTagSet(saved);
      // The host re-categorised annotations and links in the same step: take them as stored.
      if (renames.length) {
        const { api, documentId } = env();
        await guard(async () => state.setBundle(await api.listAnnotations({ documentId })));
      }
      return true;
    },
    comment: async (blockId, note) => {
      const saved = await guard(() => env().api.saveComment({ comment: createBlockComment(blockId, note, author(), nowIso()) }));
      if (saved) state.putComment(saved);
      return saved !== undefined;
    },
    uncomment: async (id) => {
      const comment = state.comments.find((c) => c.id === id);
      const done = await guard(async () => {
        await env().api.deleteComment({ id });
        state.removeComment(id);
        return true;
      });
      if (!done || !comment) return;
      toasts.show({
        message: i18next.t('annotate:undo.commentDeleted'),
        undo: async () => state.putComment(await env().api.saveComment({ comment })),
      });
    },
    jump: (annotation) => {
      const current = env();
      const index = current.blocks.findIndex((b) => b.id === annotation.blockId);
      if (index < 0) return;
      current.focusRow(index);
      const { start, end } = state.where(annotation);
      requestAnimationFrame(() => selectWhenMounted(current, annotation, start, end));
    },
  };
}
