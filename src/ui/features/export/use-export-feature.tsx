import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeatureEnv, WorkbenchFeature } from '../editor/feature.ts';
import { ExportDialog } from './ExportDialog.tsx';
import { ImportTranslationsDialog } from './ImportTranslationsDialog.tsx';
import './export.css';

/**
 * The export feature: "Export…" and "Import translations…" in the project bar, each opening its
 * dialog. The toolbar component is created once; it reads the grid's latest environment through
 * a ref when the user acts, so typing (which changes the env) never remounts an open dialog.
 */
export function useExportFeature(env: FeatureEnv): WorkbenchFeature {
  const latest = useRef(env);
  useEffect(() => {
    latest.current = env;
  }, [env]);

  return useMemo(() => {
    const current = () => latest.current;
    function ExportToolbar() {
      const { t } = useTranslation('export');
      const [open, setOpen] = useState<'export' | 'import' | null>(null);
      const close = () => setOpen(null);
      const shown = () => current().project.documents.find((d) => d.id === current().documentId);
      return (
        <div className="export-toolbar">
          <button type="button" onClick={() => setOpen('export')} data-testid="export-open">
            {t('toolbar.export')}
          </button>
          <button type="button" onClick={() => setOpen('import')} data-testid="import-translations-open">
            {t('toolbar.import')}
          </button>
          {open === 'export' ? <ExportDialog api={current().api} shownDocument={shown()} onClose={close} /> : null}
          {open === 'import' ? <ImportTranslationsDialog env={current} onClose={close} /> : null}
        </div>
      );
    }
    return { id: 'export', Toolbar: ExportToolbar };
  }, []);
}
