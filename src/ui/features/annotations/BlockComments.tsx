import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlockDto } from '../../../shared/dto.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';

/** A row's block comments under its cells (nothing when it has none). Re-renders only on data changes. */
export function RowComments({ block, state, actions }: { readonly block: BlockDto; readonly state: AnnotationState; readonly actions: AnnotationActions }) {
  const { t } = useTranslation('annotate');
  useSyncExternalStore(state.subscribe, () => state.bundleVersion);
  const comments = state.commentsOf(block.id);
  if (comments.length === 0) return null;
  return (
    <ul className="row-comments" data-testid="row-comments">
      {comments.map((c) => (
        <li key={c.id}>
          <span className="row-comment-note">{c.note}</span>
          <span className="row-comment-author">{c.author}</span>
          <button type="button" className="link-like" onClick={() => void actions.uncomment(c.id)}>
            {t('comments.delete')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The panel's form for a comment on the whole row last focused (both sides). */
export function CommentForm({ state, actions, env }: { readonly state: AnnotationState; readonly actions: AnnotationActions; readonly env: FeatureEnv }) {
  const { t } = useTranslation('annotate');
  const [note, setNote] = useState('');
  const blockId = state.focusedBlock;
  const index = blockId === null ? -1 : env.blocks.findIndex((b) => b.id === blockId);
  return (
    <section className="comment-form">
      <h3>{t('comments.title', { count: state.comments.length })}</h3>
      <textarea rows={2} value={note} aria-label={t('comments.note')} placeholder={t('comments.note')} data-testid="comment-note" onChange={(e) => setNote(e.target.value)} />
      <button
        type="button"
        data-testid="comment-add"
        disabled={index < 0 || note.trim() === ''}
        onClick={() => void actions.comment(blockId!, note.trim()).then((ok) => ok && setNote(''))}
      >
        {index < 0 ? t('comments.pickRow') : t('comments.add', { row: index + 1 })}
      </button>
    </section>
  );
}
