import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { BLOCK_STATUSES, type BlockStatus } from '../../../core/model/index.ts';
import { LOCALE_NAMESPACES, type I18nKey } from '../../../core/i18n/keys.ts';
import { FeaturesContext, type RowFlag } from '../editor/feature.ts';
import type { FilterState } from './row-filter.ts';
import { NO_FILTER, isEmptyFilter } from './row-filter.ts';

/** Flags the filter always offers, even before a feature provides them (shown disabled then). */
const KNOWN_FLAGS: readonly { id: string; labelKey: I18nKey }[] = [
  { id: 'annotated', labelKey: 'annotate:filter.annotated' },
  { id: 'qa-finding', labelKey: 'navigate:filter.qaFinding' },
];

/** Props of {@link NavigatePanel}. */
export interface NavigatePanelProps {
  readonly filter: FilterState;
  readonly setFilter: (filter: FilterState) => void;
  readonly shown: number | null;
  readonly total: number;
  readonly onNextUnconfirmed: () => void;
  readonly onGoTo: () => void;
  readonly message: string | null;
}

/** The filter side panel: status, row flags from every feature, text; next unconfirmed; go to row. */
export function NavigatePanel({ filter, setFilter, shown, total, onNextUnconfirmed, onGoTo, message }: NavigatePanelProps) {
  // Flag labels live in the namespaces of the features that provide them.
  const { t } = useTranslation(['navigate', ...LOCALE_NAMESPACES] as const);
  const features = useContext(FeaturesContext);
  const provided = new Map<string, RowFlag>();
  for (const f of features) for (const flag of f.rowFlags ?? []) provided.set(flag.id, flag);
  const flags = [...KNOWN_FLAGS.filter((k) => !provided.has(k.id)), ...provided.values()].sort((a, b) => a.id.localeCompare(b.id));

  const toggleStatus = (status: BlockStatus, on: boolean) =>
    setFilter({ ...filter, statuses: on ? [...filter.statuses, status] : filter.statuses.filter((s) => s !== status) });
  const toggleFlag = (id: string, on: boolean) => setFilter({ ...filter, flags: on ? [...filter.flags, id] : filter.flags.filter((f) => f !== id) });

  return (
    <div className="navigate-panel" data-testid="navigate-panel">
      <fieldset>
        <legend>{t('filter.status')}</legend>
        {BLOCK_STATUSES.map((status) => (
          <label key={status}>
            <input type="checkbox" data-testid={`filter-status-${status}`} checked={filter.statuses.includes(status)} onChange={(e) => toggleStatus(status, e.target.checked)} />
            {t(`filter.statuses.${status}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filter.flags')}</legend>
        {flags.map((flag) => {
          const available = provided.has(flag.id);
          return (
            <label key={flag.id} title={available ? undefined : t('filter.unavailable')} className={available ? '' : 'unavailable'}>
              <input
                type="checkbox"
                data-testid={`filter-flag-${flag.id}`}
                disabled={!available}
                checked={filter.flags.includes(flag.id)}
                onChange={(e) => toggleFlag(flag.id, e.target.checked)}
              />
              {t(flag.labelKey)}
            </label>
          );
        })}
      </fieldset>
      <label className="navigate-field">
        <span>{t('filter.text')}</span>
        <input data-testid="filter-text" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.target.value })} />
      </label>
      <p className="navigate-count" data-testid="filter-count" role="status">
        {t('filter.shown', { shown: shown ?? total, total })}
      </p>
      <button type="button" data-testid="filter-clear" disabled={isEmptyFilter(filter)} onClick={() => setFilter(NO_FILTER)}>
        {t('filter.clear')}
      </button>
      <p className="navigate-note">{t('filter.keyboardNote')}</p>
      <div className="navigate-actions">
        <button type="button" data-testid="next-unconfirmed" onClick={onNextUnconfirmed}>
          {t('next.unconfirmed')}
        </button>
        <button type="button" data-testid="goto-open" onClick={onGoTo}>
          {t('goto.open')}
        </button>
      </div>
      {message ? (
        <p className="navigate-note" role="status" data-testid="navigate-message">
          {message}
        </p>
      ) : null}
    </div>
  );
}
