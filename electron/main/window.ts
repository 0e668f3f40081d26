import { BrowserWindow, shell } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from './ipc.ts';

/**
 * The options of the one application window: the preload is the only bridge (context isolation,
 * sandbox, no Node in the renderer), web security stays on. `preloadPath` is the bundled
 * `preload.cjs` (sandboxed renderers cannot load ESM preloads).
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    title: 'Duizhao 对照',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: true,
    },
  };
}

/** True for the URLs the renderer may navigate to: pages of our own `app://duizhao/` origin. */
export function isAppUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * Creates the window and locks its navigation down: new windows are always denied (an `https:`
 * link opens in the system browser instead), and navigation away from `app://duizhao/` is
 * prevented. Does not load a page; the caller does, after the protocol is registered.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(windowOptions(preloadPath));
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  return window;
}
