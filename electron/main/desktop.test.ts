import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../src/host/testing/fixtures.ts';
import { WORKBENCH_METHODS, channelFor, type WorkbenchApi } from '../../src/shared/api.ts';
import { nullLogger } from '../../src/shared/logger.ts';

// Electron is replaced by recording fakes: the real module cannot run here (no binary), and what
// main does with it (scheme, handlers, window options, quit) is exactly what must not regress.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (...args: unknown[]) => void>();
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn>; openHandler?: (d: { url: string }) => unknown; navigate?: (e: { preventDefault: () => void }, url: string) => void }[] = [];
  class BrowserWindow {
    readonly loadURL = vi.fn(async () => {});
    readonly webContents = {
      setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (windows.at(-1)!.openHandler = handler),
      on: (event: string, handler: (e: { preventDefault: () => void }, url: string) => void) => {
        if (event === 'will-navigate') windows.at(-1)!.navigate = handler;
      },
    };
    constructor(options: unknown) {
      windows.push({ options, loadURL: this.loadURL });
    }
  }
  return {
    listeners,
    windows,
    module: {
      app: { whenReady: vi.fn(async () => {}), on: (event: string, fn: (...args: unknown[]) => void) => listeners.set(event, fn), quit: vi.fn(), exit: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: { defaultSession: { setPermissionRequestHandler: vi.fn() } },
      ipcMain: { handle: vi.fn() },
      shell: { openExternal: vi.fn(async () => {}) },
      BrowserWindow,
    },
  };
});
vi.mock('electron', () => electron.module);

const { failStart, registerAppScheme, startDesktop } = await import('./desktop.ts');
const { windowOptions } = await import('./window.ts');

const fakeWorkbench = () => {
  const close = vi.fn(async () => {});
  const api = Object.fromEntries(WORKBENCH_METHODS.map((m) => [m, vi.fn(async () => ({}))])) as unknown as WorkbenchApi;
  return { ...api, close };
};

let ui = '';
beforeEach(() => {
  vi.clearAllMocks();
  electron.windows.length = 0;
  electron.listeners.clear();
  const temp = tempDir();
  ui = join(temp.dir, 'ui');
  mkdirSync(join(ui, 'assets'), { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>对照</title>');
  return temp.cleanup;
});

describe('Electron main', () => {
  it('registers app: as a standard, secure, fetch-capable scheme', () => {
    registerAppScheme();
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('serves the UI from disk, denies permissions, registers every IPC channel and loads the app page', async () => {
    const workbench = fakeWorkbench();
    await startDesktop({ uiDir: ui, preloadPath: '/x/preload.cjs', openWorkbench: async () => workbench, logger: nullLogger });

    const [scheme, handler] = electron.module.protocol.handle.mock.calls[0] as unknown as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const index = await handler(new Request('app://duizhao/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('对照');
    expect((await handler(new Request('app://duizhao/../../etc/passwd'))).status).toBe(404);

    const [permissionHandler] = electron.module.session.defaultSession.setPermissionRequestHandler.mock.calls[0] as unknown as [(wc: unknown, p: string, cb: (ok: boolean) => void) => void];
    const decision = vi.fn();
    permissionHandler({}, 'media', decision);
    expect(decision).toHaveBeenCalledWith(false);

    const channels = electron.module.ipcMain.handle.mock.calls.map((c) => (c as unknown as [string])[0]);
    expect(channels).toEqual(WORKBENCH_METHODS.map(channelFor));
    const [, listBlocks] = electron.module.ipcMain.handle.mock.calls.find((c) => (c as unknown as [string])[0] === 'workbench:listBlocks') as unknown as [string, (e: unknown, i: unknown) => Promise<unknown>];
    expect(await listBlocks({ senderFrame: { url: 'app://duizhao/index.html', parent: null } }, { documentId: 1 })).toEqual({ ok: true, value: {} });

    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]!.options).toEqual(windowOptions('/x/preload.cjs'));
    expect(electron.windows[0]!.loadURL).toHaveBeenCalledWith('app://duizhao/index.html');
  });

  it('opens a locked-down window: isolated, sandboxed, no Node; new windows denied; navigation kept on app://', async () => {
    expect(windowOptions('/p.cjs').webPreferences).toMatchObject({ preload: '/p.cjs', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    await startDesktop({ uiDir: ui, preloadPath: '/p.cjs', openWorkbench: async () => fakeWorkbench(), logger: nullLogger });
    const win = electron.windows[0]!;
    expect(win.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(win.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
    for (const [url, prevented] of [['app://duizhao/index.html', false], ['https://evil.example/', true], ['file:///etc/passwd', true], ['app://duizhao.evil/', true]] as const) {
      const preventDefault = vi.fn();
      win.navigate!({ preventDefault }, url);
      expect(preventDefault.mock.calls.length, url).toBe(prevented ? 1 : 0);
    }
  });

  it('closes the host (releasing the project lock) before quitting when the last window closes', async () => {
    const workbench = fakeWorkbench();
    await startDesktop({ uiDir: ui, preloadPath: '/p.cjs', openWorkbench: async () => workbench, logger: nullLogger });
    expect(electron.module.app.quit).not.toHaveBeenCalled();
    electron.listeners.get('window-all-closed')!();
    await vi.waitFor(() => expect(electron.module.app.quit).toHaveBeenCalled());
    expect(workbench.close).toHaveBeenCalledTimes(1);
    expect(workbench.close.mock.invocationCallOrder[0]!).toBeLessThan(electron.module.app.quit.mock.invocationCallOrder[0]!);
  });

  it('still quits when closing the host fails, and logs why', async () => {
    const workbench = fakeWorkbench();
    workbench.close.mockRejectedValueOnce(new Error('disk gone'));
    const logger = { ...nullLogger, error: vi.fn() };
    await startDesktop({ uiDir: ui, preloadPath: '/p.cjs', openWorkbench: async () => workbench, logger });
    electron.listeners.get('window-all-closed')!();
    await vi.waitFor(() => expect(electron.module.app.quit).toHaveBeenCalled());
    expect(logger.error).toHaveBeenCalledWith('desktop.closeFailed', expect.objectContaining({ error: expect.any(Error) }));
  });

  it('does not open a window when the host cannot start, and a failed start logs and exits with 1', async () => {
    const refused = new Error('locked');
    await expect(startDesktop({ uiDir: ui, preloadPath: '/p.cjs', openWorkbench: async () => Promise.reject(refused), logger: nullLogger })).rejects.toBe(refused);
    expect(electron.windows).toHaveLength(0);
    const logger = { ...nullLogger, error: vi.fn() };
    const print = vi.spyOn(console, 'error').mockImplementation(() => {});
    failStart(refused, logger);
    expect(logger.error).toHaveBeenCalledWith('desktop.startFailed', { error: refused });
    expect(print).toHaveBeenCalledWith(refused);
    expect(electron.module.app.exit).toHaveBeenCalledWith(1);
    print.mockRestore();
  });
});
