import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchFeature } from './feature.ts';
import { LOCALE_NAMESPACES } from '../../../core/i18n/keys.ts';

/**
 * The side panel: one tab per feature that has a panel (glossary, annotations, find, history…).
 * Memoised: the grid re-renders on status and save-state changes, which panels do not read.
 */
export const SidePanel = memo(function SidePanel({ features, active, onSelect }: { readonly features: readonly WorkbenchFeature[]; readonly active: string | null; readonly onSelect: (id: string) => void }) {
  const { t } = useTranslation(LOCALE_NAMESPACES); // panel titles live in their features' namespaces
  const panels = features.filter((f) => f.panel);
  if (panels.length === 0) return null;
  const current = panels.find((f) => f.id === active) ?? panels[0]!;
  const Component = current.panel!.Component;
  return (
    <aside className="side-panel" data-testid="side-panel">
      <div className="side-tabs" role="tablist">
        {panels.map((f) => (
          <button
            key={f.id}
            type="button"
            role="tab"
            aria-selected={f.id === current.id}
            className={f.id === current.id ? 'active' : ''}
            data-testid={`tab-${f.id}`}
            onClick={() => onSelect(f.id)}
          >
            {t(f.panel!.titleKey)}
          </button>
        ))}
      </div>
      <div className="side-body" role="tabpanel">
        <Component />
      </div>
    </aside>
  );
});
