import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag, TagSet } from '../../../core/annotate/index.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { ErrorBanner } from '../../components/ErrorBanner.tsx';
import { asWorkbenchError } from '../../platform/workbench-error.ts';
import type { AnnotationActions } from './actions.ts';
import type { AnnotationState } from './annotation-state.ts';
import { tagLabel } from './labels.ts';
import { toasts } from '../../app/toast-store.ts';
import { tagRenames, type DraftTag } from './tag-renames.ts';

/**
 * Edits the project's tag set (name, colour, description, shortcut key) as a draft in a dialog;
 * Save sends it to the host, which checks it (problems show in the panel's banner) and renames
 * the category of existing annotations and links along with a renamed tag.
 */
export function TagSetEditor(props: { readonly tagSet: TagSet; readonly state: AnnotationState; readonly actions: AnnotationActions; readonly onClose: () => void }) {
  const { tagSet, state, actions, onClose } = props;
  const { t, i18n } = useTranslation('annotate');
  const [draft, setDraft] = useState<DraftTag[]>(() => tagSet.tags.map((tag) => ({ tag, originalName: tag.name })));
  const [busy, setBusy] = useState(false);
  const change = (index: number, patch: Partial<Tag>) => setDraft((rows) => rows.map((row, i) => (i === index ? { ...row, tag: { ...row.tag, ...patch } } : row)));
  const save = async () => {
    const tags = draft.map(({ tag }) => {
      const name = tag.name.trim();
      return tag.shortcut ? { ...tag, name } : { name, colour: tag.colour, description: tag.description };
    });
    setBusy(true);
    const ok = await actions.saveTagSet({ ...tagSet, version: tagSet.version + 1, tags }, tagRenames(draft));
    setBusy(false);
    if (!ok) return;
    onClose();
    const kept = new Set(draft.map((row) => row.originalName).filter((name) => name !== undefined));
    const removed = tagSet.tags.filter((tag) => !kept.has(tag.name));
    if (removed.length === 0) return;
    // Removing a category keeps its annotations; Undo puts the category itself back as it was.
    toasts.show({
      message: t('undo.tagDeleted', { tag: removed.map((tag) => tagLabel(i18n, tag.name)).join('、') }),
      undo: async () => {
        const current = state.tagSet;
        const back = [...current.tags, ...removed.filter((tag) => !current.tags.some((c) => c.name === tag.name))];
        await actions.saveTagSet({ ...current, version: current.version + 1, tags: back });
      },
    });
  };
  return (
    <Dialog
      title={t('tags.title')}
      onClose={onClose}
      className="tagset-editor"
      testId="tagset-editor"
      size="large"
      dismissible={!busy}
      onSubmit={() => void save()}
      actions={
        <>
          <button type="button" className="tagset-add" onClick={() => setDraft((rows) => [...rows, { tag: { name: '', colour: '#d0d0d0', description: '' } }])}>
            {t('tags.add')}
          </button>
          <button type="button" onClick={onClose} disabled={busy} data-testid="tagset-cancel">
            {t('popup.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="tagset-save">
            {t('tags.save')}
          </button>
        </>
      }
    >
      <p className="annotation-hint">{t('tags.hint')}</p>
      {state.error ? <ErrorBanner error={asWorkbenchError(state.error)} onDismiss={() => state.setError(null)} /> : null}
      <div className="tagset-scroll">
        <table>
          <thead>
            <tr>
              <th>{t('tags.colour')}</th>
              <th>{t('tags.name')}</th>
              <th>{t('tags.shortcut')}</th>
              <th>{t('tags.description')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.map(({ tag, originalName }, index) => (
              <tr key={index} data-testid="tag-row">
                <td>
                  <input type="color" value={tag.colour} aria-label={t('tags.colour')} onChange={(e) => change(index, { colour: e.target.value })} />
                </td>
                <td>
                  <input
                    value={tag.name}
                    lang="en"
                    aria-label={t('tags.name')}
                    data-testid="tag-name"
                    data-autofocus={index === 0 ? true : undefined}
                    onChange={(e) => change(index, { name: e.target.value })}
                  />
                  {originalName !== undefined && originalName !== tag.name.trim() ? (
                    <span className="tag-renamed" data-testid="tag-renamed">
                      {t('tags.renamedFrom', { name: tagLabel(i18n, originalName) })}
                    </span>
                  ) : tagLabel(i18n, tag.name) !== tag.name ? (
                    <span className="tag-renamed">{tagLabel(i18n, tag.name)}</span>
                  ) : null}
                </td>
                <td>
                  <input className="tag-shortcut" value={tag.shortcut ?? ''} maxLength={1} aria-label={t('tags.shortcut')} onChange={(e) => change(index, { shortcut: e.target.value })} />
                </td>
                <td>
                  <input className="tag-description" value={tag.description} aria-label={t('tags.description')} onChange={(e) => change(index, { description: e.target.value })} />
                </td>
                <td>
                  <button type="button" aria-label={t('tags.remove')} title={t('tags.remove')} onClick={() => setDraft((rows) => rows.filter((_, i) => i !== index))}>
                    {t('tags.removeMark')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
