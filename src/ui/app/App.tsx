import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchApi } from '../../shared/api.ts';
import type { FilePayload, ProjectInfo, RecentProject } from '../../shared/dto.ts';
import { ProjectView } from '../features/editor/ProjectView.tsx';
import { ImportDialog } from '../features/start/ImportDialog.tsx';
import { ProjectMenu } from '../features/start/ProjectMenu.tsx';
import { filePayload } from '../features/start/file-payload.ts';
import { LanguageSwitcher } from '../components/LanguageSwitcher.tsx';
import { ErrorBanner } from '../components/ErrorBanner.tsx';
import { Toasts } from '../components/Toasts.tsx';
import { asWorkbenchError, type WorkbenchError } from '../platform/workbench-error.ts';
import { signal } from './signals.ts';
import { useFileDrop } from './use-file-drop.ts';

/**
 * The workbench shell: toolbar, the open project, the import dialog. With no project open (first
 * start) it opens the bundled sample so a new user sees real Chinese text at once.
 */
export function App({ api }: { readonly api: WorkbenchApi }) {
  const { t } = useTranslation('common');
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [recent, setRecent] = useState<readonly RecentProject[]>([]);
  const [error, setError] = useState<WorkbenchError | null>(null);
  const [importing, setImporting] = useState<FilePayload | null>(null);

  const refreshRecent = useCallback(() => api.getSession({}).then((s) => setRecent(s.recent)), [api]);

  const open = useCallback(
    (promise: Promise<ProjectInfo>) => {
      signal('appState', 'loading');
      promise.then(
        (p) => {
          setError(null);
          setProject(p);
          signal('projectPath', p.path);
          void refreshRecent();
        },
        (e) => {
          setError(asWorkbenchError(e));
          signal('appState', project ? 'ready' : 'error');
        },
      );
    },
    [project, refreshRecent],
  );

  useEffect(() => {
    api.getSession({}).then(
      (session) => {
        setRecent(session.recent);
        if (session.project) open(Promise.resolve(session.project));
        else open(api.openSample({}));
      },
      (e) => {
        setError(asWorkbenchError(e));
        signal('appState', 'error');
      },
    );
    // Runs once at start; later opens go through the menu.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const pickFile = useCallback((file: File) => {
    filePayload(file).then(setImporting, (e) => setError(asWorkbenchError(e)));
  }, []);
  useFileDrop(pickFile);

  return (
    <div className="app">
      <header className="toolbar">
        <span className="brand" lang="zh-Hans">
          {t('app.name')}
        </span>
        <ProjectMenu
          recent={recent}
          currentPath={project?.path ?? null}
          onPickFile={pickFile}
          onOpenPath={(path) => open(api.openProject({ path }))}
          onOpenSample={() => open(api.openSample({}))}
        />
        <LanguageSwitcher />
      </header>
      {error ? <ErrorBanner error={error} onDismiss={() => setError(null)} /> : null}
      <main className="main">{project ? <ProjectView key={project.path} api={api} project={project} /> : null}</main>
      {importing ? (
        <ImportDialog
          api={api}
          file={importing}
          onCancel={() => setImporting(null)}
          onCreated={(p) => {
            setImporting(null);
            open(Promise.resolve(p));
          }}
        />
      ) : null}
      <Toasts />
    </div>
  );
}
