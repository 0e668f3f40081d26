import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindScope, FindStore } from './find-store.ts';
import { MAX_HITS } from './find-store.ts';

/**
 * The find-and-replace side panel over a {@link FindStore}: query and options, hit count,
 * next/previous (Enter / Shift+Enter in the query), replace one, replace all and its undo.
 */
export function FindPanel({ store }: { readonly store: FindStore }) {
  const { t } = useTranslation('find');
  const s = useSyncExternalStore(store.subscribe, store.snapshot);
  const query = useRef<HTMLInputElement>(null);
  const replace = useRef<HTMLInputElement>(null);
  const handled = useRef(0);

  useEffect(() => {
    if (s.focusRequest.n === handled.current) return;
    handled.current = s.focusRequest.n;
    const input = s.focusRequest.field === 'replace' ? replace.current : query.current;
    input?.focus();
    input?.select();
  }, [s.focusRequest]);

  const hit = s.hits[s.current];
  const count = s.hits.length === 0 ? t('countNone') : t('count', { current: hit ? s.current + 1 : 0, total: s.hits.length, rows: s.rowsWithHits });
  const canReplace = s.scope !== 'source' && s.hits.length > 0 && !s.busy && !s.error;
  const reason = s.message?.values?.reason;
  const messageValues = reason && String(reason).includes(':errors.') ? { ...s.message!.values, reason: t(String(reason) as never) } : s.message?.values;

  return (
    <div className="find-panel" data-testid="find-panel">
      <label className="find-field">
        <span>{t('query')}</span>
        <input
          ref={query}
          data-testid="find-query"
          value={s.options.query}
          spellCheck={false}
          onChange={(e) => store.setOptions({ query: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              store.go(e.shiftKey ? -1 : 1);
            }
          }}
        />
      </label>
      <label className="find-field">
        <span>{t('replace')}</span>
        <input
          ref={replace}
          data-testid="find-replacement"
          value={s.replacement}
          spellCheck={false}
          lang="en"
          onChange={(e) => store.setReplacement(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void store.replaceOne();
            }
          }}
        />
      </label>
      <label className="find-field">
        <span>{t('scope.label')}</span>
        <select data-testid="find-scope" value={s.scope} onChange={(e) => store.setOptions({}, e.target.value as FindScope)}>
          <option value="both">{t('scope.both')}</option>
          <option value="source">{t('scope.source')}</option>
          <option value="target">{t('scope.target')}</option>
        </select>
      </label>
      <div className="find-options">
        <label>
          <input type="checkbox" data-testid="find-regex" checked={s.options.regex} onChange={(e) => store.setOptions({ regex: e.target.checked })} />
          {t('regex')}
        </label>
        <label>
          <input type="checkbox" data-testid="find-case" checked={s.options.caseSensitive} onChange={(e) => store.setOptions({ caseSensitive: e.target.checked })} />
          {t('caseSensitive')}
        </label>
        <label title={t('wholeWordNote')}>
          <input type="checkbox" data-testid="find-whole-word" checked={s.options.wholeWord} onChange={(e) => store.setOptions({ wholeWord: e.target.checked })} />
          {t('wholeWord')}
        </label>
      </div>
      {s.options.wholeWord ? <p className="find-note">{t('wholeWordNote')}</p> : null}
      {s.error ? (
        <p className="find-error" role="alert" data-testid="find-error">
          {t('invalidRegex', { reason: s.error })}
        </p>
      ) : (
        <p className="find-count" data-testid="find-count" role="status">
          {count}
        </p>
      )}
      {s.hits.length >= MAX_HITS ? <p className="find-note">{t('capped', { max: MAX_HITS })}</p> : null}
      <div className="find-actions">
        <button type="button" data-testid="find-previous" disabled={s.hits.length === 0} onClick={() => store.go(-1)}>
          {t('previous')}
        </button>
        <button type="button" data-testid="find-next" disabled={s.hits.length === 0} onClick={() => store.go(1)}>
          {t('next')}
        </button>
      </div>
      <div className="find-actions">
        <button type="button" data-testid="find-replace-one" disabled={!canReplace} onClick={() => void store.replaceOne()}>
          {t('replaceOne')}
        </button>
        <button type="button" data-testid="find-replace-all" disabled={!canReplace} onClick={() => void store.replaceAll()}>
          {t('replaceAll')}
        </button>
        {s.lastBatch ? (
          <button type="button" data-testid="find-undo-all" disabled={s.busy} onClick={() => void store.undoReplaceAll()}>
            {t('undoAll')}
          </button>
        ) : null}
      </div>
      <p className="find-note">{t('replaceNote')}</p>
      {s.message ? (
        <p className="find-message" role="status" data-testid="find-message">
          {t(`message.${s.message.key}`, messageValues ?? {})}
        </p>
      ) : null}
    </div>
  );
}
