import { useEffect, useState } from 'react';
import { useImportProgress } from './use-import-progress.ts';
import { describeColumns } from './describe-columns.ts';
import { EncodingNote } from './EncodingNote.tsx';
import { useTranslation } from 'react-i18next';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { FilePayload, ImportPreview, ProjectInfo } from '../../../shared/dto.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';
import { signal } from '../../app/signals.ts';
import type { BlockKind } from '../../../core/model/index.ts';
import { ImportKinds } from './ImportKinds.tsx';
import { DroppedByPage } from './DroppedByPage.tsx';

/** Props of {@link ImportDialog}. */
export interface ImportDialogProps {
  readonly api: WorkbenchApi;
  readonly file: FilePayload;
  readonly onCreated: (project: ProjectInfo) => void;
  readonly onCancel: () => void;
}

/**
 * The import preview: what the importer found (pages, columns, blocks with their kinds, dropped
 * lines page by page, punctuation repairs) before anything is written. Creating the project is a
 * separate, explicit step; punctuation repair can be turned off and the preview recomputed, and
 * kinds (footnotes, table rows, equations, code) can be left out of translation.
 */
export function ImportDialog({ api, file, onCreated, onCancel }: ImportDialogProps) {
  const { t } = useTranslation('common');
  const [repair, setRepair] = useState(true);
  const [excluded, setExcluded] = useState<ReadonlySet<BlockKind>>(() => new Set());
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState(() => newRequestId());
  const progress = useImportProgress(api, requestId, !preview && !error);

  useEffect(() => {
    let cancelled = false;
    const id = newRequestId();
    setRequestId(id);
    setPreview(null);
    setError(null);
    signal('importState', 'previewing');
    api.previewImport({ file, options: { repairPunctuation: repair }, requestId: id }).then(
      (result) => {
        if (cancelled) return;
        setPreview(result);
        signal('importState', 'preview');
      },
      (e) => {
        if (cancelled) return;
        setError(asWorkbenchError(e));
        signal('importState', 'error');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, file, repair]);

  const cancel = () => {
    // Stop a running parse on the host too, not just the dialog.
    if (!preview && !error) void api.cancelImport({ requestId }).catch(() => undefined);
    onCancel();
  };

  const create = () => {
    setBusy(true);
    api.createProject({ file, options: { repairPunctuation: repair, excludeKinds: [...excluded] }, requestId }).then(
      (project) => {
        signal('importState', 'created');
        onCreated(project);
      },
      (e) => {
        setBusy(false);
        setError(asWorkbenchError(e));
      },
    );
  };

  return (
    <Dialog
      title={t('import.title', { name: file.fileName })}
      onClose={cancel}
      size="large"
      className="import-dialog"
      testId="import-dialog"
      dismissible={!busy}
      actions={
        <>
          <button type="button" onClick={cancel} data-testid="import-cancel">
            {t('actions.cancel')}
          </button>
          <button type="button" className="primary" onClick={create} disabled={!preview || busy} data-testid="import-create">
            {t('import.create')}
          </button>
        </>
      }
    >
      {error ? <ErrorBanner error={error} /> : null}
      {!preview && !error ? (
        progress && progress.total > 1 ? (
          <div className="import-progress" data-testid="import-progress">
            <progress max={progress.total} value={progress.done} aria-label={t('import.reading')} />
            <span>{t('import.pages', { done: progress.done, total: progress.total })}</span>
          </div>
        ) : (
          <div className="progress-indeterminate" role="progressbar" aria-label={t('import.reading')} />
        )
      ) : null}
      {preview ? (
        <>
          <p className="import-facts" data-testid="import-facts">
            {t('import.facts', {
              blocks: preview.paragraphs.length,
              pages: preview.layout.pages,
              columns: describeColumns(preview.layout.columnsPerPage),
              dropped: preview.dropped.length,
            })}
          </p>
          <EncodingNote layout={preview.layout} />
          <label className="import-option">
            <input type="checkbox" checked={repair} onChange={(e) => setRepair(e.target.checked)} data-testid="repair-punctuation" />
            <span>{t('import.repairPunctuation', { count: preview.punctuationRepairs })}</span>
          </label>
          <ImportKinds blocks={preview.paragraphs} excluded={excluded} onChange={setExcluded} />
          <ol className="import-blocks" data-testid="import-blocks">
            {preview.paragraphs.map((p, i) => (
              <li key={i} className={`kind-${p.kind}${excluded.has(p.kind) ? ' excluded' : ''}`}>
                <span className="kind-label" data-level={p.level}>
                  {t(`kind.${p.kind}`)}
                  {p.level === undefined ? null : ` ${p.level}`}
                </span>
                <span lang="zh-Hans">{p.text}</span>
              </li>
            ))}
          </ol>
          <DroppedByPage dropped={preview.dropped} />
        </>
      ) : null}
    </Dialog>
  );
}

function newRequestId(): string {
  return `import-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
