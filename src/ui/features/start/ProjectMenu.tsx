import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentProject } from '../../../shared/dto.ts';
import { FilePickerButton } from '../../components/FilePickerButton.tsx';

/** Props of {@link ProjectMenu}. */
export interface ProjectMenuProps {
  readonly recent: readonly RecentProject[];
  readonly currentPath: string | null;
  readonly onPickFile: (file: File) => void;
  readonly onOpenPath: (path: string) => void;
  readonly onOpenSample: () => void;
}

/** The file actions: new project from a source file, open a recent or named project, the sample. */
export function ProjectMenu({ recent, currentPath, onPickFile, onOpenPath, onOpenSample }: ProjectMenuProps) {
  const { t } = useTranslation('common');
  const [path, setPath] = useState('');
  return (
    <div className="project-menu">
      <FilePickerButton accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf" onPick={onPickFile} testId="new-from-file" inputTestId="file-input">
        {t('files.newFromFile')}
      </FilePickerButton>
      <select
        aria-label={t('files.recent')}
        value=""
        onChange={(e) => {
          if (e.target.value === '\u0000sample') onOpenSample();
          else if (e.target.value) onOpenPath(e.target.value);
        }}
        data-testid="recent"
      >
        <option value="">{t('files.recent')}</option>
        {recent.map((r) => (
          <option key={r.path} value={r.path} disabled={!r.exists || r.path === currentPath} lang="zh-Hans">
            {r.name}
          </option>
        ))}
        <option value={'\u0000sample'}>{t('files.sample')}</option>
      </select>
      <form
        className="open-path"
        onSubmit={(e) => {
          e.preventDefault();
          if (path.trim()) onOpenPath(path.trim());
        }}
      >
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('files.pathPlaceholder')} aria-label={t('files.openPath')} />
        <button type="submit">{t('files.open')}</button>
      </form>
    </div>
  );
}
