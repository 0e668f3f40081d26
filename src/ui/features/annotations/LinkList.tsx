import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationLink } from '../../../core/annotate/index.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { currentQuote } from './AnnotationItem.tsx';
import { sideLang, tagLabel } from './labels.ts';

/** A link's category (from the tag set, or its own if the set lacks it) and note, saved as they change. */
function LinkFields({ link, state, actions }: { readonly link: AnnotationLink; readonly state: AnnotationState; readonly actions: AnnotationActions }) {
  const { t, i18n } = useTranslation('annotate');
  const [note, setNote] = useState(link.note);
  const names = state.tagSet.tags.map((tag) => tag.name);
  const categories = names.includes(link.category) ? names : [link.category, ...names];
  const saveNote = () => void actions.updateLink(link, link.category, note.trim());
  return (
    <div className="link-fields">
      <select aria-label={t('panel.linkCategory')} value={link.category} data-testid="link-category" onChange={(e) => void actions.updateLink(link, e.target.value, note.trim())}>
        {categories.map((name) => (
          <option key={name} value={name}>
            {tagLabel(i18n, name)}
          </option>
        ))}
      </select>
      <input
        value={note}
        placeholder={t('panel.linkNote')}
        aria-label={t('panel.linkNote')}
        data-testid="link-note"
        onChange={(e) => setNote(e.target.value)}
        onBlur={saveNote}
        onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && (e.preventDefault(), saveNote())}
      />
    </div>
  );
}

/** The links between spans; hovering one highlights both ends in the grid, clicking an end jumps to it. */
export function LinkList({ state, actions, env }: { readonly state: AnnotationState; readonly actions: AnnotationActions; readonly env: FeatureEnv }) {
  const { t } = useTranslation('annotate');
  if (state.links.length === 0) return null;
  return (
    <section className="link-section">
      <h3>{t('panel.links', { count: state.links.length })}</h3>
      <ul className="link-list" data-testid="link-list">
        {state.links.map((link) => {
          const ends = [state.byId(link.sourceId), state.byId(link.targetId)];
          return (
            <li
              key={link.id}
              className="link-item"
              data-testid="link-item"
              onMouseEnter={() => state.setHovered([link.sourceId, link.targetId])}
              onMouseLeave={() => state.setHovered([])}
            >
              {ends.map((end, i) =>
                end ? (
                  <button key={i} type="button" className="link-end" lang={sideLang(end.side)} onClick={() => actions.jump(end)}>
                    {currentQuote(state, env, end)}
                  </button>
                ) : (
                  <span key={i}>{t('panel.missing')}</span>
                ),
              )}
              <LinkFields link={link} state={state} actions={actions} />
              <button type="button" data-testid="unlink" onClick={() => void actions.unlink(link.id)}>
                {t('panel.unlink')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
