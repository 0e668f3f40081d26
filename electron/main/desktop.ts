import { app, ipcMain, protocol, session } from 'electron';
import type { WorkbenchApi } from '../../src/shared/api.ts';
import type { Logger } from '../../src/shared/logger.ts';
import { createAppProtocolHandler } from './app-protocol.ts';
import { APP_ORIGIN, createIpcRoutes, ownMainFrame } from './ipc.ts';
import { createMainWindow } from './window.ts';

/** The scheme the UI is served from; registered as privileged before the app is ready. */
export const APP_SCHEME = 'app';

/**
 * Declares `app:` a standard, secure scheme with fetch support, so the UI gets a real origin
 * (`app://duizhao`), a working CSP and `fetch`. Electron requires this before `ready`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** What {@link startDesktop} wires together; injected so the wiring is tested without a real host. */
export interface DesktopOptions {
  /** The built UI (dist/ui). */
  readonly uiDir: string;
  /** The bundled preload (out/electron/preload.cjs). */
  readonly preloadPath: string;
  /** Opens the host; called once the app is ready. */
  readonly openWorkbench: () => Promise<WorkbenchApi & { close(): Promise<void> }>;
  readonly logger: Logger;
}

/**
 * Starts the desktop app once Electron is ready: serves the UI on `app://`, refuses every
 * permission request (camera, notifications…), registers one IPC handler per contract method
 * (sender-checked and validated in `ipc.ts`), opens the window on `app://duizhao/index.html`,
 * and closes the host (releasing the project lock) before quitting when the last window closes.
 */
export async function startDesktop(options: DesktopOptions): Promise<void> {
  await app.whenReady();
  const workbench = await options.openWorkbench();

  protocol.handle(APP_SCHEME, createAppProtocolHandler(options.uiDir));
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  for (const route of createIpcRoutes(workbench, ownMainFrame, options.logger)) ipcMain.handle(route.channel, route.handler);

  const window = createMainWindow(options.preloadPath);
  app.on('window-all-closed', () => {
    void workbench
      .close()
      .catch((error: unknown) => options.logger.error('desktop.closeFailed', { error: error instanceof Error ? error : new Error(String(error)) }))
      .finally(() => app.quit());
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
  options.logger.info('desktop.started');
}

/** Reports a failed start (logged and printed, since there may be no window to show it in) and exits with 1. */
export function failStart(error: unknown, logger: Logger): void {
  const failure = error instanceof Error ? error : new Error(String(error));
  logger.error('desktop.startFailed', { error: failure });
  console.error(failure);
  app.exit(1);
}
