import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../core/annotate/index.ts';
import { tagColour } from '../../../core/annotate/index.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { sideLang, tagLabel } from './labels.ts';

/** The text an annotation covers now: the live English for target spans being edited, else its quote. */
export function currentQuote(state: AnnotationState, env: FeatureEnv, annotation: Annotation): string {
  const mapped = annotation.side === 'target' && !annotation.orphaned && state.live.get(annotation.blockId)?.find((r) => r.id === annotation.id);
  if (!mapped || mapped.start >= mapped.end) return annotation.quote;
  return env.currentTarget(annotation.blockId).slice(mapped.start, mapped.end);
}

/**
 * One annotation in the panel: click to jump to it; edit, link and delete buttons. Orphans get
 * "re-attach to the selection" instead of jump and link.
 */
export function AnnotationItem(props: {
  readonly annotation: Annotation;
  readonly row: number | undefined;
  readonly state: AnnotationState;
  readonly actions: AnnotationActions;
  readonly env: FeatureEnv;
}) {
  const { annotation, row, state, actions, env } = props;
  const { t, i18n } = useTranslation('annotate');
  const orphan = annotation.orphaned || state.where(annotation).collapsed;
  const linkFrom = state.linkFrom === null ? undefined : state.byId(state.linkFrom);
  const canLinkHere = linkFrom !== undefined && linkFrom.id !== annotation.id && linkFrom.side !== annotation.side && !orphan;
  const label = (
    <>
      <span className="tag-swatch" style={{ backgroundColor: tagColour(state.tagSet, annotation.category) }} />
      <span className="annotation-side">{t(annotation.side === 'source' ? 'panel.sideSource' : 'panel.sideTarget')}</span>
      <span className="annotation-quote" lang={sideLang(annotation.side)} data-testid="annotation-quote">
        {currentQuote(state, env, annotation)}
      </span>
    </>
  );
  return (
    <li
      className={`annotation-item${orphan ? ' is-orphan' : ''}${state.hovered.has(annotation.id) ? ' is-hovered' : ''}`}
      data-testid={orphan ? 'orphan-item' : 'annotation-item'}
      data-annotation-id={annotation.id}
      data-side={annotation.side}
      data-category={annotation.category}
    >
      {orphan ? (
        <div className="annotation-jump">{label}</div>
      ) : (
        <button type="button" className="annotation-jump" onClick={() => actions.jump(annotation)} title={t('panel.jump')}>
          {label}
        </button>
      )}
      <div className="annotation-meta">
        <span className="annotation-category">{tagLabel(i18n, annotation.category)}</span>
        {row !== undefined ? <span>{t('panel.row', { row })}</span> : <span>{t('panel.noBlock')}</span>}
        <span>{annotation.author}</span>
      </div>
      {annotation.note ? <p className="annotation-note">{annotation.note}</p> : null}
      <div className="annotation-buttons">
        {orphan ? (
          <button type="button" data-testid="reattach" disabled={!state.selection} title={t('panel.reattachHint')} onMouseDown={(e) => e.preventDefault()} onClick={() => state.selection && void actions.reattach(annotation, state.selection)}>
            {t('panel.reattach')}
          </button>
        ) : canLinkHere ? (
          <button type="button" data-testid="link-here" className="primary" onClick={() => void actions.link(linkFrom.id, annotation.id, state.linkCategory)}>
            {t('panel.linkHere')}
          </button>
        ) : (
          <button type="button" data-testid="link-start" onClick={() => state.setLinkFrom(annotation.id)}>
            {t('panel.link')}
          </button>
        )}
        <button type="button" data-testid="edit" onClick={() => state.setPopup({ annotation })}>
          {t('panel.edit')}
        </button>
        <button type="button" data-testid="delete" onClick={() => void actions.remove(annotation.id)}>
          {t('panel.delete')}
        </button>
      </div>
    </li>
  );
}
