import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchApi } from '../../../shared/api.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError, type WorkbenchError } from '../../platform/workbench-error.ts';
import type { DialogDraft, GlossaryState } from './glossary-state.ts';

const splitList = (text: string): string[] => text.split(/[;；]/u).map((s) => s.trim()).filter((s) => s !== '');

/** Props of {@link TermDialog}. */
export interface TermDialogProps {
  readonly state: GlossaryState;
  readonly api: WorkbenchApi;
}

/** The add / edit term dialog; open while `state.dialog` is set. Saves through `saveGlossaryEntry`. */
export function TermDialog({ state, api }: TermDialogProps) {
  useSyncExternalStore(state.subscribe, state.stamp);
  const draft = state.dialog;
  if (!draft) return null;
  return <TermForm key={draft.id ?? `new-${draft.source ?? ''}`} state={state} api={api} draft={draft} />;
}

function TermForm({ state, api, draft }: TermDialogProps & { readonly draft: DialogDraft }) {
  const { t } = useTranslation('glossary');
  const [source, setSource] = useState(draft.source ?? '');
  const [targets, setTargets] = useState((draft.targets ?? []).join('; '));
  const [forbidden, setForbidden] = useState((draft.forbidden ?? []).join('; '));
  const [note, setNote] = useState(draft.note ?? '');
  const [pos, setPos] = useState(draft.partOfSpeech ?? '');
  const [caseSensitive, setCaseSensitive] = useState(draft.caseSensitive ?? false);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // With the Chinese prefilled from the selection, the translation is what is left to type.
    (source ? first.current?.form?.querySelector<HTMLInputElement>('[name="targets"]') : first.current)?.focus();
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const save = async () => {
    setBusy(true);
    try {
      const saved = await api.saveGlossaryEntry({
        entry: {
          ...(draft.id ? { id: draft.id } : {}),
          source,
          targets: splitList(targets),
          forbidden: splitList(forbidden),
          note,
          ...(pos.trim() ? { partOfSpeech: pos.trim() } : {}),
          caseSensitive,
        },
      });
      state.upsert(saved);
      state.setDialog(null);
    } catch (e) {
      setError(asWorkbenchError(e));
    } finally {
      setBusy(false);
    }
  };

  const close = () => state.setDialog(null);
  return (
    <Dialog
      title={draft.id ? t('dialog.editTitle') : t('dialog.addTitle')}
      onClose={close}
      className="term-dialog"
      testId="term-dialog"
      closeOnBackdrop
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" onClick={close}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="term-save">
            {t('dialog.save')}
          </button>
        </>
      }
    >
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      <label>
        <span>{t('dialog.source')}</span>
        <input ref={first} name="source" lang="zh-Hans" value={source} onChange={(e) => setSource(e.target.value)} data-testid="term-source" />
      </label>
      <label>
        <span>{t('dialog.targets')}</span>
        <input name="targets" lang="en" value={targets} onChange={(e) => setTargets(e.target.value)} placeholder={t('dialog.targetsHint')} data-testid="term-targets" />
      </label>
      <label>
        <span>{t('dialog.forbidden')}</span>
        <input name="forbidden" lang="en" value={forbidden} onChange={(e) => setForbidden(e.target.value)} placeholder={t('dialog.forbiddenHint')} data-testid="term-forbidden" />
      </label>
      <label>
        <span>{t('dialog.note')}</span>
        <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} data-testid="term-note" />
      </label>
      <div className="term-dialog-row">
        <label>
          <span>{t('dialog.partOfSpeech')}</span>
          <select name="pos" value={pos} onChange={(e) => setPos(e.target.value)} data-testid="term-pos">
            <option value="">{t('pos.none')}</option>
            <option value="noun">{t('pos.noun')}</option>
            <option value="verb">{t('pos.verb')}</option>
            <option value="adjective">{t('pos.adjective')}</option>
            <option value="adverb">{t('pos.adverb')}</option>
            <option value="properNoun">{t('pos.properNoun')}</option>
            <option value="other">{t('pos.other')}</option>
            {pos && !['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'].includes(pos) ? <option value={pos}>{pos}</option> : null}
          </select>
        </label>
        <label className="term-dialog-check">
          <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} data-testid="term-case" />
          <span>{t('dialog.caseSensitive')}</span>
        </label>
      </div>
    </Dialog>
  );
}
