import { memo, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchFeature } from './feature.ts';
import { LOCALE_NAMESPACES } from '../../../core/i18n/keys.ts';

/**
 * The side panel: one tab per feature that has a panel (glossary, annotations, find, history…),
 * following the ARIA tabs pattern: the tab list is one Tab stop, ←/→ (and Home/End) move between
 * tabs and open them, each tab controls the one tab panel, which is labelled by it. Memoised: the grid re-renders on status and save-state changes, which panels do not read.
 */
export const SidePanel = memo(function SidePanel({ features, active, onSelect }: { readonly features: readonly WorkbenchFeature[]; readonly active: string | null; readonly onSelect: (id: string) => void }) {
  const { t } = useTranslation(LOCALE_NAMESPACES); // panel titles live in their features' namespaces
  const base = useId();
  const panels = features.filter((f) => f.panel);
  if (panels.length === 0) return null;
  const current = panels.find((f) => f.id === active) ?? panels[0]!;
  const Component = current.panel!.Component;
  const tabId = (id: string) => `${base}-tab-${id}`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = panels.indexOf(current);
    const next =
      event.key === 'ArrowRight' ? panels[(at + 1) % panels.length] : event.key === 'ArrowLeft' ? panels[(at - 1 + panels.length) % panels.length] : event.key === 'Home' ? panels[0] : event.key === 'End' ? panels.at(-1) : undefined;
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    // The tab exists already (same list): focus it now, its panel follows on the re-render.
    document.getElementById(tabId(next.id))?.focus();
  };
  return (
    <aside className="side-panel" data-testid="side-panel">
      <div className="side-tabs" role="tablist" aria-orientation="horizontal" onKeyDown={onKeyDown}>
        {panels.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            id={tabId(f.id)}
            aria-selected={f.id === current.id}
            aria-controls={`${base}-panel`}
            tabIndex={f.id === current.id ? 0 : -1}
            className={f.id === current.id ? 'active' : ''}
            data-testid={`tab-${f.id}`}
            onClick={() => onSelect(f.id)}
          >
            {t(f.panel!.titleKey)}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel" id={`${base}-panel`} aria-labelledby={tabId(current.id)}>
        <Component />
      </div>
    </aside>
  );
});
