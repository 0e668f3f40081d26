import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../host/testing/fixtures.ts';
import { createWorkbench, type Workbench } from '../host/workbench.ts';
import { startServer, type RunningServer } from './server.ts';

let temp: { dir: string; cleanup: () => void };
let workbench: Workbench;
let server: RunningServer;
let port = 0;

beforeAll(async () => {
  temp = tempDir();
  const ui = join(temp.dir, 'ui');
  mkdirSync(ui, { recursive: true });
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>对照</title>');
  workbench = createWorkbench({ workspaceDir: join(temp.dir, 'workspace') });
  server = await startServer({ workbench, uiDir: ui, port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server.close();
  await workbench.close();
  temp.cleanup();
});

/** Sends raw request head lines over TCP (http.request cannot send two Host headers) and returns the status. */
function statusOf(lines: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${lines.join('\r\n')}\r\nConnection: close\r\n\r\n`));
    let reply = '';
    socket.on('data', (chunk: Buffer) => (reply += chunk.toString('latin1')));
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/u.exec(reply)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}

describe('web host: Host header', () => {
  it('answers one right Host header', async () => {
    expect(await statusOf(['GET / HTTP/1.1', `Host: 127.0.0.1:${port}`])).toBe(200);
  });
  it('refuses duplicate Host headers with 400, whichever comes first', async () => {
    expect(await statusOf(['GET / HTTP/1.1', `Host: 127.0.0.1:${port}`, 'Host: evil.example'])).toBe(400);
    expect(await statusOf(['GET / HTTP/1.1', 'Host: evil.example', `Host: 127.0.0.1:${port}`])).toBe(400);
    expect(await statusOf(['GET / HTTP/1.1', `Host: 127.0.0.1:${port}`, `host: 127.0.0.1:${port}`])).toBe(400);
  });
});
