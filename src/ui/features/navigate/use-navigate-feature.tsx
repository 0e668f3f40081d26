import { useContext, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { FeaturesContext, type FeatureEnv, type WorkbenchFeature } from '../editor/feature.ts';
import { GoToRowDialog } from './GoToRowDialog.tsx';
import { HelpOverlay } from './HelpOverlay.tsx';
import { NavigatePanel } from './NavigatePanel.tsx';
import { NavigateStore } from './navigate-store.ts';
import { toRowFilter } from './row-filter.ts';
import './navigate.css';

/** Id of the navigate feature and its side-panel tab. */
export const NAVIGATE_FEATURE_ID = 'navigate';

function NavigateToolbar({ store }: { readonly store: NavigateStore }) {
  const { t } = useTranslation('navigate');
  const s = useSyncExternalStore(store.subscribe, store.snapshot);
  store.features = useContext(FeaturesContext);
  return (
    <>
      <button type="button" data-testid="goto-button" onClick={() => store.setDialog('goto')}>
        {t('goto.open')}
      </button>
      <button type="button" data-testid="help-button" aria-label={t('help.open')} title={t('help.open')} onClick={() => store.toggleHelp()}>
        {t('help.short')}
      </button>
      {s.dialog === 'goto' ? <GoToRowDialog max={store.env.blocks.length} onGo={(row) => store.goTo(row)} onClose={() => store.setDialog(null)} /> : null}
      {s.dialog === 'help' ? <HelpOverlay onClose={() => store.setDialog(null)} /> : null}
    </>
  );
}

function BoundPanel({ store }: { readonly store: NavigateStore }) {
  const { t } = useTranslation('navigate');
  const s = useSyncExternalStore(store.subscribe, store.snapshot);
  const features = useContext(FeaturesContext);
  store.features = features;
  const shown = useMemo(() => store.shownCount(), [store, features, s.filter]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <NavigatePanel
      filter={s.filter}
      setFilter={(f) => store.setFilter(f)}
      shown={shown}
      total={store.env.blocks.length}
      onNextUnconfirmed={() => store.nextUnconfirmed()}
      onGoTo={() => store.setDialog('goto')}
      message={s.message ? t(s.message) : null}
    />
  );
}

/**
 * Filters and navigation: a row filter (status, row flags such as `annotated` / `qa-finding`
 * from other features, text) applied by the grid; go to row N (Ctrl+G); next unconfirmed row
 * (F9); and the keyboard help overlay (F1 or Ctrl+/) listing every shortcut of the app.
 */
export function useNavigateFeature(env: FeatureEnv): WorkbenchFeature {
  const storeRef = useRef<NavigateStore | null>(null);
  storeRef.current ??= new NavigateStore(env);
  const store = storeRef.current;
  store.env = env;
  const { filter } = useSyncExternalStore(store.subscribe, store.snapshot);

  useEffect(() => {
    const onFocus = (event: FocusEvent) => {
      const row = (event.target as Element | null)?.closest?.('[data-testid="row"]')?.getAttribute('data-row');
      if (row) store.currentIndex = Number(row) - 1;
    };
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'g') {
        event.preventDefault();
        store.setDialog('goto');
      } else if (event.key === 'F1' || (mod && event.key === '/')) {
        event.preventDefault();
        store.toggleHelp();
      } else if (event.key === 'F9' && !mod) {
        event.preventDefault();
        store.nextUnconfirmed();
      }
    };
    document.addEventListener('focusin', onFocus);
    window.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('focusin', onFocus);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [store]);

  const Toolbar = useMemo(() => () => <NavigateToolbar store={store} />, [store]);
  const panel = useMemo(() => ({ titleKey: 'navigate:title' as const, Component: () => <BoundPanel store={store} /> }), [store]);
  const rowFilter = useMemo(() => toRowFilter(filter), [filter]);
  return useMemo(() => ({ id: NAVIGATE_FEATURE_ID, Toolbar, panel, rowFilter }), [Toolbar, panel, rowFilter]);
}
