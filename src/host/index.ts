/** What the Electron main process and the CLI/server need from the host layer. */
export { createWorkbench } from './workbench.ts';
export type { Workbench, WorkbenchOptions } from './workbench.ts';
export { defaultWorkspaceDir } from './workspace.ts';
export { silenceSqliteWarning } from './storage/sqlite.ts';
