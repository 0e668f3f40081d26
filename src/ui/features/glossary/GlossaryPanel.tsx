import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryEntry } from '../../../core/glossary/index.ts';
import type { GlossaryImportSummary } from '../../../shared/feature-dto.ts';
import { toasts } from '../../app/toast-store.ts';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { FilePickerButton } from '../../components/FilePickerButton.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import { filePayload } from '../start/file-payload.ts';
import { downloadFile } from './download.ts';
import type { GlossaryState } from './glossary-state.ts';
import { GlossarySettings } from './GlossarySettings.tsx';

type Filter = 'all' | 'inDocument' | 'withForbidden' | 'withNote';
const FILTERS: readonly Filter[] = ['all', 'inDocument', 'withForbidden', 'withNote'];
const SHOWN = 200;

const matches = (entry: GlossaryEntry, query: string): boolean => {
  if (query === '') return true;
  const q = query.toLowerCase();
  return entry.source.toLowerCase().includes(q) || entry.targets.some((t) => t.toLowerCase().includes(q)) || entry.forbidden.some((t) => t.toLowerCase().includes(q));
};

/**
 * Builds the glossary side panel: search (Chinese or English) and filter the entries, edit and
 * delete them, import a TBX/CSV/TSV file (with the report of skipped rows), export, and a way to
 * the QA panel, where term findings are listed with every other check (one QA system).
 * `env()` returns the grid's current environment.
 */
export function makeGlossaryPanel(state: GlossaryState, env: () => FeatureEnv) {
  return function GlossaryPanel() {
    const { t } = useTranslation('glossary');
    useSyncExternalStore(state.subscribe, state.stamp);
    const [query, setQuery] = useState('');
    const [filter, setFilter] = useState<Filter>('all');
    const [error, setError] = useState<WorkbenchError | null>(null);
    const [report, setReport] = useState<GlossaryImportSummary | null>(null);
    const [savedTo, setSavedTo] = useState<string | null>(null);
    const { api, showPanel } = env();
    // Kept incrementally by the state (a background check, then only edited rows): cheap to read.
    const inDocument = filter === 'inDocument' ? state.inDocument() : null;

    const visible = state.entries.filter(
      (e) =>
        matches(e, query.trim()) &&
        (filter === 'all' || (inDocument !== null && inDocument.has(e.id)) || (filter === 'withForbidden' && e.forbidden.length > 0) || (filter === 'withNote' && e.note !== '')),
    );

    const run = async (work: () => Promise<void>) => {
      setError(null);
      try {
        await work();
      } catch (e) {
        setError(asWorkbenchError(e));
      }
    };
    const remove = (entry: GlossaryEntry) =>
      run(async () => {
        await api.deleteGlossaryEntry({ id: entry.id });
        state.remove(entry.id);
        // The entry comes back exactly, with its id, so TBX exports and term QA see no change.
        toasts.show({
          message: t('panel.deleted', { term: entry.source }),
          undo: async () => {
            await api.saveGlossaryEntry({ entry });
            state.setEntries(await api.listGlossary({}));
          },
        });
      });
    const importFile = (file: File) =>
      run(async () => {
        setReport(null);
        const summary = await api.importGlossary({ file: await filePayload(file) });
        state.setEntries(await api.listGlossary({}));
        setReport(summary);
      });
    const exportAs = (format: 'tbx' | 'csv' | 'tsv') =>
      run(async () => {
        const file = await api.exportGlossary({ format });
        downloadFile(file);
        setSavedTo(file.savedTo);
      });

    return (
      <div className="glossary-panel" data-testid="glossary-panel">
        {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
        <p className="glossary-qa muted" data-testid="glossary-qa-moved">
          {t('qa.moved')}{' '}
          <button type="button" onClick={() => showPanel('qa')} data-testid="glossary-open-qa">
            {t('qa.open')}
          </button>
        </p>

        <section aria-labelledby="glossary-terms-title">
          <h3 id="glossary-terms-title">{t('panel.terms', { count: state.entries.length })}</h3>
          <div className="glossary-search">
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('panel.search')} aria-label={t('panel.search')} data-testid="glossary-search" />
            <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} aria-label={t('panel.filter')} data-testid="glossary-filter">
              {FILTERS.map((f) => (
                <option key={f} value={f}>
                  {t(`filter.${f}`)}
                </option>
              ))}
            </select>
            <button type="button" onClick={() => state.setDialog({})} data-testid="glossary-add">
              {t('panel.add')}
            </button>
          </div>
          <ul className="glossary-entries" data-testid="glossary-entries">
            {visible.slice(0, SHOWN).map((entry) => (
              <li key={entry.id} data-testid="glossary-entry" data-entry-id={entry.id}>
                <div className="glossary-entry-main">
                  <span className="glossary-entry-source" lang="zh-Hans">
                    {entry.source}
                  </span>
                  <span className="glossary-entry-targets" lang="en">
                    {entry.targets.join('; ')}
                  </span>
                  {entry.forbidden.length > 0 ? (
                    <span className="glossary-entry-forbidden" lang="en">
                      {t('card.forbidden')} {entry.forbidden.join('; ')}
                    </span>
                  ) : null}
                  {entry.note ? <span className="glossary-entry-note">{entry.note}</span> : null}
                </div>
                <div className="glossary-entry-actions">
                  <button type="button" onClick={() => state.setDialog(entry)} aria-label={t('panel.editLabel', { term: entry.source })} data-testid="glossary-edit">
                    {t('panel.edit')}
                  </button>
                  <button type="button" onClick={() => void remove(entry)} aria-label={t('panel.deleteLabel', { term: entry.source })} data-testid="glossary-delete">
                    {t('panel.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          {visible.length > SHOWN ? <p className="muted">{t('panel.more', { shown: SHOWN, total: visible.length })}</p> : null}
        </section>

        <section aria-labelledby="glossary-files-title" className="glossary-files">
          <h3 id="glossary-files-title">{t('panel.files')}</h3>
          <div className="glossary-file-actions">
            <FilePickerButton accept=".tbx,.xml,.csv,.tsv,.tab,.txt" onPick={(file) => void importFile(file)} testId="glossary-import" inputTestId="glossary-import-input">
              {t('panel.import')}
            </FilePickerButton>
            {(['tbx', 'csv', 'tsv'] as const).map((format) => (
              <button key={format} type="button" onClick={() => void exportAs(format)} data-testid={`glossary-export-${format}`}>
                {t('panel.export', { format: format.toUpperCase() })}
              </button>
            ))}
          </div>
          {savedTo ? <p className="muted" data-testid="glossary-saved-to">{t('panel.savedTo', { path: savedTo })}</p> : null}
          {report ? (
            <div className="glossary-report" data-testid="glossary-import-report" role="status">
              <p>{t('report.summary', { added: report.added, updated: report.updated, skipped: report.skipped.length })}</p>
              {report.skipped.length > 0 ? (
                <ul>
                  {report.skipped.map((s, i) => (
                    <li key={i} data-testid="glossary-skipped">
                      <span className="row-ref">{s.line !== undefined ? t('report.line', { line: s.line }) : t('report.concept', { id: s.conceptId ?? '' })}</span>
                      {t(`skip.${s.reason}`, { firstSeen: s.firstSeen ?? '' })}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </section>
        <GlossarySettings projectPath={env().project.path} />
      </div>
    );
  };
}
