import { useTranslation } from 'react-i18next';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { currentQuote } from './AnnotationItem.tsx';
import { sideLang, tagLabel } from './labels.ts';

/** The links between spans; hovering one highlights both ends in the grid, clicking an end jumps to it. */
export function LinkList({ state, actions, env }: { readonly state: AnnotationState; readonly actions: AnnotationActions; readonly env: FeatureEnv }) {
  const { t, i18n } = useTranslation('annotate');
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
              <span className="annotation-category">{tagLabel(i18n, link.category)}</span>
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
