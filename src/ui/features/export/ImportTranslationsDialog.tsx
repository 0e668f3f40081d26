import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TranslationImportSummary } from '../../../shared/feature-dto.ts';
import type { FeatureEnv } from '../editor/feature.ts';
import { DiffText } from '../../components/DiffText.tsx';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';
import { filePayload } from '../start/file-payload.ts';

/** Props of {@link ImportTranslationsDialog}: the grid's environment (at the time it opened). */
export interface ImportTranslationsDialogProps {
  readonly env: () => FeatureEnv;
  readonly onClose: () => void;
}

/**
 * Refreshes the grid after the host changed blocks: re-reads the shown document and hands the
 * blocks whose English or status differ from what the grid shows to `replaceRows`.
 */
async function refreshGrid(env: FeatureEnv): Promise<void> {
  const fresh = await env.api.listBlocks({ documentId: env.documentId });
  env.replaceRows(fresh.filter((b) => b.target !== env.currentTarget(b.id) || b.status !== env.currentStatus(b.id)));
}

/**
 * Import translations: pick an XLIFF or TMX file, the host merges it, and the dialog reports
 * how many blocks were updated, each conflict (the English in Duizhao beside the file's), and
 * how many units matched nothing. Typing not yet saved is saved first, so the merge sees it.
 */
export function ImportTranslationsDialog({ env, onClose }: ImportTranslationsDialogProps) {
  const { t } = useTranslation('export');
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [report, setReport] = useState<TranslationImportSummary | null>(null);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setFileName(file.name);
    setBusy(true);
    setError(null);
    setReport(null);
    setResolved({});
    try {
      const payload = await filePayload(file);
      await env().flushSaves();
      const summary = await env().api.importTranslations({ file: payload });
      await refreshGrid(env());
      setReport(summary);
    } catch (e) {
      setError(asWorkbenchError(e));
    } finally {
      setBusy(false);
    }
  };

  const [resolved, setResolved] = useState<Record<number, 'file' | 'mine'>>({});
  // The file's English replaces the row's as a draft: it has not been reviewed here yet.
  const takeFile = async (index: number) => {
    const conflict = report?.conflicts[index];
    if (!conflict) return;
    try {
      await env().flushSaves();
      await env().api.saveTarget({ blockId: conflict.blockId, target: conflict.incoming, status: 'draft' });
      await refreshGrid(env());
      setResolved((r) => ({ ...r, [index]: 'file' }));
    } catch (e) {
      setError(asWorkbenchError(e));
    }
  };

  const rowOf = (blockId: number): number | null => {
    const index = env().blocks.findIndex((b) => b.id === blockId);
    return index < 0 ? null : index + 1;
  };

  return (
    <Dialog
      title={t('importDialog.title')}
      onClose={onClose}
      size="large"
      className="import-translations-dialog"
      testId="import-translations-dialog"
      dismissible={!busy}
      actions={
        <button type="button" onClick={onClose} disabled={busy} data-testid="import-translations-close">
          {t('actions.close')}
        </button>
      }
    >
      <p>{t('importDialog.hint')}</p>
      <label className="import-translations-pick">
        <span>{t('importDialog.pick')}</span>
        <input
          type="file"
          accept=".xlf,.xliff,.xlf2,.tmx,application/xliff+xml"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = ''; // so that choosing the same file again imports it again
            void pick(file);
          }}
          data-testid="import-translations-file"
        />
      </label>
      {busy ? (
        <div className="progress-indeterminate" role="progressbar" aria-label={t('importDialog.working', { name: fileName ?? '' })} data-testid="import-translations-progress" />
      ) : null}
      {error ? <ErrorBanner error={error} /> : null}
      {report ? (
        <div className="import-report" role="status" data-testid="import-report">
          <p>
            <span data-testid="import-updated" data-count={report.updated}>
              {t('importDialog.updated', { count: report.updated })}
            </span>
            {' · '}
            <span data-testid="import-conflicts" data-count={report.conflicts.length}>
              {t('importDialog.conflicts', { count: report.conflicts.length })}
            </span>
            {' · '}
            <span data-testid="import-unmatched" data-count={report.unmatched}>
              {t('importDialog.unmatched', { count: report.unmatched })}
            </span>
          </p>
          {report.conflicts.length ? (
            <table className="import-conflicts" data-testid="import-conflict-list">
              <thead>
                <tr>
                  <th>{t('importDialog.row')}</th>
                  <th>{t('importDialog.reason')}</th>
                  <th>{t('importDialog.current')}</th>
                  <th>{t('importDialog.incoming')}</th>
                  <th>{t('importDialog.resolution')}</th>
                </tr>
              </thead>
              <tbody>
                {report.conflicts.map((c, i) => (
                  <tr key={`${c.blockId}-${i}`} data-testid="import-conflict">
                    <td>{rowOf(c.blockId) ?? t('importDialog.otherDocument')}</td>
                    <td>{t(`importDialog.reasons.${c.reason === 'source-changed' || c.reason === 'duplicate' ? c.reason : 'target-changed'}`)}</td>
                    <td lang="en">{c.current}</td>
                    <td>
                      <span lang="en">{c.incoming}</span>
                      {/* What the file would change in the row, word by word. */}
                      <div className="conflict-diff">
                        <DiffText before={c.current} after={c.incoming} lang="en" />
                      </div>
                    </td>
                    <td>
                      {resolved[i] ? (
                        <span data-testid="import-conflict-resolved">{t(resolved[i] === 'file' ? 'importDialog.tookFile' : 'importDialog.keptMine')}</span>
                      ) : (
                        <>
                          <button type="button" data-testid="import-conflict-take" disabled={c.reason === 'source-changed' || rowOf(c.blockId) === null} onClick={() => void takeFile(i)}>
                            {t('importDialog.takeFile')}
                          </button>{' '}
                          <button type="button" data-testid="import-conflict-keep" onClick={() => setResolved((r) => ({ ...r, [i]: 'mine' }))}>
                            {t('importDialog.keepMine')}
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </Dialog>
  );
}
