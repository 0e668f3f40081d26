import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchApi } from '../../../shared/api.ts';
import type { DocumentInfo } from '../../../shared/dto.ts';
import type { ExportFormat, ExportedFile } from '../../../shared/feature-dto.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';
import { DIALOG_FORMATS, blobUrl, isAnnotationFormat } from './formats.ts';

/** Props of {@link ExportDialog}. `shownDocument` is the one the grid shows (the "this document" scope). */
export interface ExportDialogProps {
  readonly api: WorkbenchApi;
  readonly shownDocument: DocumentInfo | undefined;
  readonly onClose: () => void;
}

interface Result {
  readonly file: ExportedFile;
  readonly url: string;
}

/**
 * The export dialog: format (each described), scope, options, then a progress bar while the host
 * renders and saves, and finally where each file went with a download link. Blob URLs live until
 * the next export or until the dialog closes.
 */
export function ExportDialog({ api, shownDocument, onClose }: ExportDialogProps) {
  const { t } = useTranslation('export');
  const [format, setFormat] = useState<ExportFormat>('tmx');
  const [scope, setScope] = useState<'project' | 'document'>('project');
  const [confirmedOnly, setConfirmedOnly] = useState(false);
  const [includeHeadings, setIncludeHeadings] = useState(true);
  const [includeNotes, setIncludeNotes] = useState(true);
  const [segmentation, setSegmentation] = useState<'paragraph' | 'sentence'>('paragraph');
  const [includeUntranslated, setIncludeUntranslated] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [results, setResults] = useState<readonly Result[]>([]);

  useEffect(() => () => results.forEach((r) => URL.revokeObjectURL(r.url)), [results]);

  const textOptions = !isAnnotationFormat(format);
  const run = () => {
    setBusy(true);
    setError(null);
    setResults([]);
    api
      .exportProject({
        format,
        ...(scope === 'document' && shownDocument ? { documentId: shownDocument.id } : {}),
        options: { confirmedOnly, includeHeadings, includeNotes, ...(format === 'tmx' ? { segmentation, includeUntranslated } : {}) },
      })
      .then(
        (files) => setResults(files.map((file) => ({ file, url: blobUrl(file.dataBase64, file.mimeType) }))),
        (e) => setError(asWorkbenchError(e)),
      )
      .finally(() => setBusy(false));
  };

  const check = (testId: string, checked: boolean, set: (v: boolean) => void, label: string) => (
    <label className="export-check">
      <input type="checkbox" checked={checked} disabled={!textOptions || busy} onChange={(e) => set(e.target.checked)} data-testid={testId} />
      <span>{label}</span>
    </label>
  );

  return (
    <Dialog
      title={t('exportDialog.title')}
      onClose={onClose}
      size="large"
      className="export-dialog"
      testId="export-dialog"
      actions={
        <>
          <button type="button" onClick={onClose} data-testid="export-close">
            {t('actions.close')}
          </button>
          <button type="button" className="primary" onClick={run} disabled={busy} data-testid="export-run">
            {t('actions.export')}
          </button>
        </>
      }
    >
      <div className="export-columns">
        <fieldset className="export-formats" disabled={busy}>
          <legend>{t('exportDialog.format')}</legend>
          {DIALOG_FORMATS.map((f) => (
            <label key={f} className="export-format">
              <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} data-testid={`export-format-${f}`} />
              <span className="export-format-name">{t(`formats.${f}.label`)}</span>
              <span className="export-format-description">{t(`formats.${f}.description`)}</span>
            </label>
          ))}
        </fieldset>
        <div className="export-side">
          <fieldset disabled={busy}>
            <legend>{t('exportDialog.scope')}</legend>
            <label className="export-check">
              <input type="radio" name="export-scope" checked={scope === 'project'} onChange={() => setScope('project')} data-testid="export-scope-project" />
              <span>{t('exportDialog.scopeProject')}</span>
            </label>
            <label className="export-check">
              <input
                type="radio"
                name="export-scope"
                checked={scope === 'document'}
                disabled={!shownDocument}
                onChange={() => setScope('document')}
                data-testid="export-scope-document"
              />
              <span>
                {t('exportDialog.scopeDocument')} <span lang="zh-Hans">{shownDocument?.title}</span>
              </span>
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('exportDialog.options')}</legend>
            {check('export-confirmed-only', confirmedOnly, setConfirmedOnly, t('exportDialog.confirmedOnly'))}
            {check('export-include-headings', includeHeadings, setIncludeHeadings, t('exportDialog.includeHeadings'))}
            {check('export-include-notes', includeNotes, setIncludeNotes, t('exportDialog.includeNotes'))}
            <label className="export-check">
              <span>{t('exportDialog.segmentation')}</span>
              <select
                value={segmentation}
                disabled={format !== 'tmx' || busy}
                onChange={(e) => setSegmentation(e.target.value === 'sentence' ? 'sentence' : 'paragraph')}
                data-testid="export-segmentation"
              >
                <option value="paragraph">{t('exportDialog.segmentParagraph')}</option>
                <option value="sentence">{t('exportDialog.segmentSentence')}</option>
              </select>
            </label>
            <label className="export-check">
              <input type="checkbox" checked={includeUntranslated} disabled={format !== 'tmx' || busy} onChange={(e) => setIncludeUntranslated(e.target.checked)} data-testid="export-include-untranslated" />
              <span>{t('exportDialog.includeUntranslated')}</span>
            </label>
          </fieldset>
        </div>
      </div>
      {busy ? <div className="progress-indeterminate" role="progressbar" aria-label={t('exportDialog.working')} data-testid="export-progress" /> : null}
      {error ? <ErrorBanner error={error} /> : null}
      {results.length ? (
        <ul className="export-results" data-testid="export-results" role="status">
          {results.map(({ file, url }) => (
            <li key={file.savedTo}>
              <span className="export-saved" data-testid="export-saved-to">
                {t('exportDialog.savedTo', { path: file.savedTo })}
              </span>
              <a href={url} download={file.fileName} data-testid="export-download">
                {t('exportDialog.download', { name: file.fileName })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
