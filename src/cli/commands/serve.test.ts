import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { tempDir } from '../../host/testing/fixtures.ts';
import { CLI_BIN, spawnCli } from '../testing/cli-runs.ts';

let dir = '';
let cleanup = (): void => {};
let env: Record<string, string> = {};
beforeEach(() => {
  ({ dir, cleanup } = tempDir('duizhao serve 工作区 '));
  const ui = join(dir, 'ui');
  mkdirSync(ui);
  writeFileSync(join(ui, 'index.html'), '<!doctype html>');
  env = { DUIZHAO_UI_DIR: ui };
});
afterEach(() => cleanup());

describe('duizhao serve', () => {
  it('answers a port in use with a translated message that names the port and the option', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = spawnCli(dir, ['serve', '--port', String(port), '--workspace', join(dir, 'ws')], env);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`duizhao: Port ${port} is in use; choose another with --port (or --port 0 for any free port).\n`);
      const zh = spawnCli(dir, ['serve', '--port', String(port), '--workspace', join(dir, 'ws')], { ...env, LANG: 'zh_CN.UTF-8' });
      expect(zh.stderr).toBe(`duizhao: 端口 ${port} 已被占用；请用 --port 另选一个（--port 0 表示任意空闲端口）。\n`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('with --port 0 picks a free port, prints it first and logs it to the workspace (without the token)', async () => {
    const workspace = join(dir, 'ws');
    const child = spawn(process.execPath, [CLI_BIN, 'serve', '--port', '0', '--workspace', workspace], { env: { ...process.env, ...env, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
      const url = new URL(line);
      const port = Number(url.port);
      expect(url.hostname).toBe('127.0.0.1');
      expect(port).toBeGreaterThan(0);
      expect((await fetch(new URL('/', url))).status).toBe(200);
      const log = readFileSync(join(workspace, 'logs', 'duizhao.log'), 'utf8');
      expect(log).toContain(`"event":"server.listening","port":${port}`);
      expect(log).not.toContain(url.searchParams.get('token')!);
    } finally {
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    }
  });

  it('without --port comes back on the last port of the workspace, so the unsaved-edits journal of the page stays reachable', async () => {
    const workspace = join(dir, 'ws');
    const startOnce = async (): Promise<number> => {
      const child = spawn(process.execPath, [CLI_BIN, 'serve', '--workspace', workspace], { env: { ...process.env, ...env, LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
      child.kill('SIGKILL'); // a crash: the next start must still find the port
      await exited;
      return Number(new URL(line).port);
    };
    const first = await startOnce();
    expect(first).toBeGreaterThan(1023);
    expect(await startOnce()).toBe(first);
  });
});
