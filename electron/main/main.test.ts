import { afterAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../src/host/testing/fixtures.ts';

// The entry point end to end with Electron faked and the real host behind it: the scheme is
// registered before `ready`, the workspace comes from DUIZHAO_HOME, IPC reaches the real host,
// and the start is logged to <workspace>/logs.
const electron = vi.hoisted(() => {
  const order: string[] = [];
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const loaded = vi.fn(async (url: string) => void order.push(`load ${url}`));
  class BrowserWindow {
    readonly webContents = { setWindowOpenHandler: () => {}, on: () => {} };
    readonly loadURL = loaded;
  }
  return {
    order,
    handlers,
    ready: () => ready(),
    loaded,
    module: {
      app: { whenReady: () => (order.push('whenReady'), whenReady), on: () => {}, quit: () => {}, exit: vi.fn(), getPath: () => process.env.DUIZHAO_HOME ?? '/nonexistent' },
      safeStorage: { isEncryptionAvailable: () => false, encryptString: () => Buffer.alloc(0), decryptString: () => '', getSelectedStorageBackend: () => 'basic_text' },
      protocol: { registerSchemesAsPrivileged: () => void order.push('registerScheme'), handle: () => void order.push('handle app') },
      session: { defaultSession: { setPermissionRequestHandler: () => {} } },
      ipcMain: { handle: (channel: string, handler: (event: unknown, input: unknown) => Promise<unknown>) => void handlers.set(channel, handler) },
      shell: { openExternal: async () => {} },
      BrowserWindow,
    },
  };
});
vi.mock('electron', () => electron.module);

const temp = tempDir();
afterAll(() => temp.cleanup());

describe('electron/main/main.ts', () => {
  it('registers the scheme before ready, then wires the real host and loads the app page', async () => {
    vi.stubEnv('DUIZHAO_HOME', join(temp.dir, 'home'));
    await import('./main.ts');
    expect(electron.order).toEqual(['registerScheme', 'whenReady']);
    electron.ready();
    await vi.waitFor(() => expect(electron.loaded).toHaveBeenCalledWith('app://duizhao/index.html'));
    expect(electron.order.slice(2)).toEqual(['handle app', 'load app://duizhao/index.html']);
    const getSession = electron.handlers.get('workbench:getSession')!;
    const reply = await getSession({ senderFrame: { url: 'app://duizhao/index.html', parent: null } }, {});
    expect(reply).toEqual({ ok: true, value: { project: null, recent: [] } });
    await vi.waitFor(() => expect(readFileSync(join(temp.dir, 'home', 'logs', 'duizhao.log'), 'utf8')).toContain('"event":"desktop.started"'));
    expect(electron.module.app.exit).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
  });
});
