import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MT_PROVIDERS, type MtProviderId } from '../../../core/mt/index.ts';
import type { MtSettingsDto, MtSettingsInputDto, PretranslateResultDto } from '../../../shared/feature-dto.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError, WorkbenchError } from '../../platform/workbench-error.ts';
import type { FeatureEnv } from '../editor/feature.ts';

/** Props of {@link MtDialog}. */
export interface MtDialogProps {
  readonly env: () => FeatureEnv;
  /** Called after a pre-translation changed rows, to reload the MT drafts. */
  readonly onTranslated: () => Promise<void>;
  readonly onClose: () => void;
}

const EMPTY: MtSettingsInputDto = { provider: 'openai-compatible', baseUrl: '', model: '', apiKeyEnv: '', styleNotes: '', concurrency: 4 };

const inputOf = ({ provider, baseUrl, model, apiKeyEnv, styleNotes, concurrency }: MtSettingsDto): MtSettingsInputDto => ({ provider, baseUrl, model, apiKeyEnv, styleNotes, concurrency });

/**
 * Provider settings and pre-translation: the provider, base URL, model, where the key comes from
 * (an environment variable's NAME, or in the desktop app a key stored encrypted on this computer),
 * style notes and concurrency; "Pre-translate empty rows" saves the settings and unsaved typing
 * first, then reports what was translated, skipped and failed. The key is never shown again.
 */
export function MtDialog({ env, onTranslated, onClose }: MtDialogProps) {
  const { t } = useTranslation('mt');
  const [form, setForm] = useState<MtSettingsInputDto>(EMPTY);
  const [meta, setMeta] = useState<{ keyStored: boolean; secureStorage: boolean }>({ keyStored: false, secureStorage: false });
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<'saved' | 'keySaved' | null>(null);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [report, setReport] = useState<PretranslateResultDto | null>(null);
  // Counts finished runs, so a second identical report is still recognisably a new one.
  const [runs, setRuns] = useState(0);

  useEffect(() => {
    let live = true;
    env()
      .api.getMtSettings({})
      .then((saved) => {
        if (!live || !saved) return;
        setForm(inputOf(saved));
        setMeta({ keyStored: saved.keyStored, secureStorage: saved.secureStorage });
      })
      .catch((e: unknown) => live && setError(asWorkbenchError(e)));
    return () => {
      live = false;
    };
  }, [env]);

  const set = <K extends keyof MtSettingsInputDto>(field: K, value: MtSettingsInputDto[K]) => setForm((f) => ({ ...f, [field]: value }));

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      setError(asWorkbenchError(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async (): Promise<void> => {
    const saved = await env().api.saveMtSettings({ settings: form });
    setMeta({ keyStored: saved.keyStored, secureStorage: saved.secureStorage });
  };

  const onSave = () => run(async () => {
    await save();
    setNotice('saved');
  });

  const onStoreKey = () => run(async () => {
    await save();
    const { keyStored } = await env().api.setMtKey({ key });
    setKey('');
    setMeta((m) => ({ ...m, keyStored }));
    setNotice('keySaved');
  });

  const onPretranslate = () => run(async () => {
    setReport(null);
    await save();
    await env().flushSaves();
    const result = await env().api.pretranslate({});
    const current = env();
    const fresh = await current.api.listBlocks({ documentId: current.documentId });
    current.replaceRows(fresh.filter((b) => b.target !== current.currentTarget(b.id) || b.status !== current.currentStatus(b.id)));
    await onTranslated();
    setReport(result);
    setRuns((n) => n + 1);
    if (result.error) setError(new WorkbenchError(result.error.code, { ...result.error.details }));
  });

  return (
    <Dialog
      title={t('dialog.title')}
      onClose={onClose}
      size="medium"
      className="mt-dialog"
      testId="mt-dialog"
      dismissible={!busy}
      onSubmit={() => void onSave()}
      actions={
        <>
          <button type="button" onClick={onClose} disabled={busy} data-testid="mt-close">
            {t('actions.close')}
          </button>
          <button type="submit" disabled={busy} data-testid="mt-save">
            {t('actions.save')}
          </button>
          <button type="button" onClick={() => void onPretranslate()} disabled={busy} data-testid="mt-pretranslate">
            {t('actions.pretranslate')}
          </button>
        </>
      }
    >
      <div className="mt-body">
      <p className="mt-hint">{t('dialog.hint')}</p>
      <label className="mt-field">
        <span>{t('fields.provider')}</span>
        <select value={form.provider} onChange={(e) => set('provider', e.target.value as MtProviderId)} data-testid="mt-provider" disabled={busy}>
          {MT_PROVIDERS.map((p) => (
            <option key={p} value={p}>
              {t(`providers.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="mt-field">
        <span>{t('fields.baseUrl')}</span>
        <input type="url" value={form.baseUrl} onChange={(e) => set('baseUrl', e.target.value)} data-testid="mt-base-url" spellCheck={false} disabled={busy} lang="en" />
        <small>{t('fields.baseUrlHint')}</small>
      </label>
      <label className="mt-field">
        <span>{t('fields.model')}</span>
        <input value={form.model} onChange={(e) => set('model', e.target.value)} data-testid="mt-model" spellCheck={false} disabled={busy} lang="en" />
      </label>
      <label className="mt-field">
        <span>{t('fields.apiKeyEnv')}</span>
        <input value={form.apiKeyEnv} onChange={(e) => set('apiKeyEnv', e.target.value)} data-testid="mt-key-env" spellCheck={false} autoComplete="off" disabled={busy} lang="en" />
        <small>{t('fields.apiKeyEnvHint')}</small>
      </label>
      {meta.secureStorage ? (
        <div className="mt-field">
          <label>
            <span>{t('fields.key')}</span>
            <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" data-testid="mt-key" disabled={busy} />
          </label>
          <button type="button" onClick={() => void onStoreKey()} disabled={busy || !key.trim()} data-testid="mt-store-key">
            {t('actions.saveKey')}
          </button>
          <small>{meta.keyStored ? t('fields.keyStored') : t('fields.keyHint')}</small>
        </div>
      ) : null}
      <label className="mt-field">
        <span>{t('fields.styleNotes')}</span>
        <textarea value={form.styleNotes} onChange={(e) => set('styleNotes', e.target.value)} rows={3} data-testid="mt-style" disabled={busy} lang="en" />
      </label>
      <label className="mt-field mt-field-inline">
        <span>{t('fields.concurrency')}</span>
        <input type="number" min={1} max={32} value={form.concurrency} onChange={(e) => set('concurrency', Math.max(1, Math.min(32, Math.round(Number(e.target.value) || 1))))} data-testid="mt-concurrency" disabled={busy} />
      </label>
      {busy ? <p role="status">{t('status.running')}</p> : null}
      {notice ? (
        <p role="status" data-testid="mt-notice">
          {t(`status.${notice}`)}
        </p>
      ) : null}
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      {report ? (
        <div className="mt-report" data-testid="mt-report" data-run={runs} data-translated={report.translated} data-skipped={report.skipped} data-failed={report.failed} data-requests={report.requests}>
          <p>{t('report.summary', { ...report })}</p>
          {report.failures.length ? <p>{t('report.failures', { count: report.failures.length })}</p> : null}
        </div>
      ) : null}
      </div>
    </Dialog>
  );
}
