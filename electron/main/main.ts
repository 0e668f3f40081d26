// Electron main: windows, the app:// protocol and IPC. All product logic lives in src/host (tested
// under Node) and src/ui (tested in Chromium); this file only wires them together, because
// Electron itself cannot run on the machines that build and test Duizhao.
import { app, BrowserWindow, ipcMain, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createWorkbench, defaultWorkspaceDir } from '../../src/host/index.ts';
import { APP_ORIGIN, createIpcRoutes, ownMainFrame } from './ipc.ts';
import { CONTENT_SECURITY_POLICY, resolveUiFile } from './ui-files.ts';
import { createSafeStorageVault } from './mt-key-vault.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const uiDir = path.resolve(here, '../../dist/ui');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

async function start(): Promise<void> {
  await app.whenReady();
  // MT keys typed into the desktop app live encrypted in the user-data folder, never in a project.
  const mtKeys = createSafeStorageVault(path.join(app.getPath('userData'), 'mt-keys.json'));
  const workbench = await createWorkbench({ workspaceDir: defaultWorkspaceDir(), mtKeys });

  protocol.handle('app', async (request) => {
    const file = resolveUiFile(uiDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

  for (const route of createIpcRoutes(workbench, ownMainFrame)) ipcMain.handle(route.channel, route.handler);

  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Duizhao 对照',
    webPreferences: {
      preload: path.join(here, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  // The renderer never navigates: links open in the system browser, everything else is refused.
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);

  app.on('window-all-closed', () => {
    void workbench.close().finally(() => app.quit());
  });
}

start().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
