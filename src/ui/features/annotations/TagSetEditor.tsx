import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tag, TagSet } from '../../../core/annotate/index.ts';
import type { AnnotationActions } from './actions.ts';
import { tagLabel } from './labels.ts';

/**
 * Edits the project's tag set (name, colour, description, shortcut key) as a draft; Save sends it
 * to the host, which checks it (duplicate names or shortcuts are reported in the panel's banner).
 * Renaming a tag does not rename the category of existing annotations.
 */
export function TagSetEditor({ tagSet, actions }: { readonly tagSet: TagSet; readonly actions: AnnotationActions }) {
  const { t, i18n } = useTranslation('annotate');
  const [draft, setDraft] = useState<Tag[]>(() => [...tagSet.tags]);
  const [saved, setSaved] = useState(false);
  const change = (index: number, patch: Partial<Tag>) => {
    setSaved(false);
    setDraft((tags) => tags.map((tag, i) => (i === index ? { ...tag, ...patch } : tag)));
  };
  const save = async () => {
    const tags = draft.map((tag) => (tag.shortcut ? tag : { name: tag.name, colour: tag.colour, description: tag.description }));
    setSaved(await actions.saveTagSet({ ...tagSet, version: tagSet.version + 1, tags }));
  };
  return (
    <div className="tagset-editor" data-testid="tagset-editor">
      <table>
        <thead>
          <tr>
            <th>{t('tags.name')}</th>
            <th>{t('tags.colour')}</th>
            <th>{t('tags.shortcut')}</th>
            <th>{t('tags.description')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.map((tag, index) => (
            <tr key={index} data-testid="tag-row">
              <td>
                <input value={tag.name} aria-label={t('tags.name')} title={tagLabel(i18n, tag.name)} onChange={(e) => change(index, { name: e.target.value })} />
              </td>
              <td>
                <input type="color" value={tag.colour} aria-label={t('tags.colour')} onChange={(e) => change(index, { colour: e.target.value })} />
              </td>
              <td>
                <input className="tag-shortcut" value={tag.shortcut ?? ''} maxLength={1} aria-label={t('tags.shortcut')} onChange={(e) => change(index, { shortcut: e.target.value })} />
              </td>
              <td>
                <input value={tag.description} aria-label={t('tags.description')} onChange={(e) => change(index, { description: e.target.value })} />
              </td>
              <td>
                <button type="button" aria-label={t('tags.remove')} title={t('tags.remove')} onClick={() => setDraft((tags) => tags.filter((_, i) => i !== index))}>
                  {t('tags.removeMark')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="tagset-actions">
        <button type="button" onClick={() => setDraft((tags) => [...tags, { name: '', colour: '#d0d0d0', description: '' }])}>
          {t('tags.add')}
        </button>
        <button type="button" data-testid="tagset-save" onClick={() => void save()}>
          {t('tags.save')}
        </button>
        {saved ? <span role="status">{t('tags.saved')}</span> : null}
      </div>
    </div>
  );
}
