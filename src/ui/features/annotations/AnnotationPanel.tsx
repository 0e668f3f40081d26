import { useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureEnv } from '../editor/feature.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError } from '../../platform/workbench-error.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { readAuthor, writeAuthor } from './author.ts';
import { AnnotationItem } from './AnnotationItem.tsx';
import { CommentForm } from './BlockComments.tsx';
import { inReadingOrder, matchesFilter, NO_FILTER, type AnnotationFilter } from './filter.ts';
import { LinkList } from './LinkList.tsx';
import { tagLabel } from './labels.ts';
import { TagSetEditor } from './TagSetEditor.tsx';

/**
 * The Annotations side-panel tab: author name, filters (category, side, author, note search),
 * the annotations in reading order, the link being made, links, orphans (kept, fixable) and the
 * tag-set editor.
 */
export function AnnotationPanel({ state, actions, env: getEnv }: { readonly state: AnnotationState; readonly actions: AnnotationActions; readonly env: () => FeatureEnv }) {
  const { t, i18n } = useTranslation('annotate');
  useSyncExternalStore(state.subscribe, state.getVersion);
  const env = getEnv();
  const [filter, setFilter] = useState<AnnotationFilter>(NO_FILTER);
  const [author, setAuthor] = useState(() => readAuthor(window.localStorage));
  const [editTags, setEditTags] = useState(false);
  const order = useMemo(() => new Map(env.blocks.map((b, i) => [b.id, i])), [env.blocks]);
  const all = inReadingOrder(state.annotations, order);
  const isOrphan = (id: string) => {
    const a = state.byId(id);
    return a === undefined || a.orphaned || state.where(a).collapsed;
  };
  const placed = all.filter((a) => !isOrphan(a.id));
  const shown = placed.filter((a) => matchesFilter(a, filter));
  const orphans = all.filter((a) => isOrphan(a.id));
  const categories = [...new Set([...state.tagSet.tags.map((tag) => tag.name), ...all.map((a) => a.category)])];
  const authors = [...new Set(all.map((a) => a.author))].sort();
  const rowOf = (blockId: number) => (order.has(blockId) ? order.get(blockId)! + 1 : undefined);
  const linkFrom = state.linkFrom === null ? undefined : state.byId(state.linkFrom);

  return (
    <div className="annotation-panel" data-testid="annotation-panel">
      {state.error ? <ErrorBanner error={asWorkbenchError(state.error)} onDismiss={() => state.setError(null)} /> : null}
      {/* Orphans first: they need the user's attention before anything else in the panel. */}
      {orphans.length > 0 ? (
        <section className="orphan-section" data-testid="orphan-section">
          <h3>{t('panel.orphans', { count: orphans.length })}</h3>
          <p className="annotation-hint">{t('panel.orphansHint')}</p>
          <ul className="annotation-list">
            {orphans.map((a) => (
              <AnnotationItem key={a.id} annotation={a} row={rowOf(a.blockId)} state={state} actions={actions} env={env} />
            ))}
          </ul>
        </section>
      ) : null}
      <label className="annotation-author">
        <span>{t('panel.author')}</span>
        <input
          value={author}
          data-testid="annotation-author"
          onChange={(e) => {
            setAuthor(e.target.value);
            writeAuthor(window.localStorage, e.target.value);
          }}
        />
      </label>
      <div className="annotation-filters">
        <select aria-label={t('panel.filterCategory')} value={filter.category} data-testid="filter-category" onChange={(e) => setFilter({ ...filter, category: e.target.value })}>
          <option value="">{t('panel.anyCategory')}</option>
          {categories.map((name) => (
            <option key={name} value={name}>
              {tagLabel(i18n, name)}
            </option>
          ))}
        </select>
        <select aria-label={t('panel.filterSide')} value={filter.side} data-testid="filter-side" onChange={(e) => setFilter({ ...filter, side: e.target.value as AnnotationFilter['side'] })}>
          <option value="">{t('panel.anySide')}</option>
          <option value="source">{t('panel.sideSource')}</option>
          <option value="target">{t('panel.sideTarget')}</option>
        </select>
        <select aria-label={t('panel.filterAuthor')} value={filter.author} data-testid="filter-author" onChange={(e) => setFilter({ ...filter, author: e.target.value })}>
          <option value="">{t('panel.anyAuthor')}</option>
          {authors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
        <input type="search" placeholder={t('panel.search')} aria-label={t('panel.search')} value={filter.search} data-testid="filter-search" onChange={(e) => setFilter({ ...filter, search: e.target.value })} />
      </div>
      {linkFrom ? (
        <div className="link-banner" role="status" data-testid="link-banner">
          <span>{t('panel.linkPick', { side: t(linkFrom.side === 'source' ? 'panel.sideTarget' : 'panel.sideSource') })}</span>
          <select aria-label={t('panel.linkCategory')} value={state.linkCategory} onChange={(e) => state.setLinkCategory(e.target.value)}>
            {state.tagSet.tags.map((tag) => (
              <option key={tag.name} value={tag.name}>
                {tagLabel(i18n, tag.name)}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => state.setLinkFrom(null)}>
            {t('popup.cancel')}
          </button>
        </div>
      ) : null}
      <h3>{t('panel.count', { count: shown.length, total: placed.length })}</h3>
      {placed.length === 0 ? <p className="annotation-empty">{t('panel.empty')}</p> : null}
      <ul className="annotation-list" data-testid="annotation-list">
        {shown.map((a) => (
          <AnnotationItem key={a.id} annotation={a} row={rowOf(a.blockId)} state={state} actions={actions} env={env} />
        ))}
      </ul>
      <LinkList state={state} actions={actions} env={env} />
      <CommentForm state={state} actions={actions} env={env} />
      <section className="tagset-section">
        <button type="button" aria-haspopup="dialog" data-testid="edit-tags" onClick={() => setEditTags(true)}>
          {t('tags.open')}
        </button>
        {editTags ? <TagSetEditor tagSet={state.tagSet} state={state} actions={actions} onClose={() => setEditTags(false)} /> : null}
      </section>
    </div>
  );
}
