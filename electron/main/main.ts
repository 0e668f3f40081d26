// Electron main: the entry point only. All wiring lives in desktop.ts (tested with `electron`
// mocked), all product logic in src/host (tested under Node) and src/ui (tested in Chromium),
// because Electron itself cannot run on the machines that build and test Duizhao.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWorkbench, defaultWorkspaceDir } from '../../src/host/index.ts';
import { createFileLogger } from '../../src/host/logging/file-logger.ts';
import { app } from 'electron';
import { failStart, registerAppScheme, startDesktop } from './desktop.ts';
import { createSafeStorageVault } from './mt-key-vault.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const workspaceDir = defaultWorkspaceDir();
const logger = createFileLogger({ dir: path.join(workspaceDir, 'logs') });

registerAppScheme();
startDesktop({
  uiDir: path.resolve(here, '../../dist/ui'),
  preloadPath: path.join(here, 'preload.cjs'),
  // Called once the app is ready: MT keys typed into the desktop app live encrypted in the
  // user-data folder, never in a project.
  openWorkbench: async () => createWorkbench({ workspaceDir, logger, mtKeys: createSafeStorageVault(path.join(app.getPath('userData'), 'mt-keys.json')) }),
  logger,
}).catch((error: unknown) => failStart(error, logger));
