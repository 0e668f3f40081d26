import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/fixtures.ts';
import { createFileLogger, LOG_FILE } from './file-logger.ts';

let dir = '';
let cleanup = (): void => {};
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('file logger', () => {
  it('writes one JSON line per event at or above its level, creating the folder', () => {
    const logs = join(dir, 'work space 工作区', 'logs');
    const logger = createFileLogger({ dir: logs, now: () => Date.UTC(2026, 0, 2) });
    logger.debug('hidden');
    logger.info('server.listening', { port: 4000, method: 'getStats' });
    logger.warn('x.warned', { ok: false });
    expect(lines(join(logs, LOG_FILE))).toEqual([
      { t: '2026-01-02T00:00:00.000Z', level: 'info', event: 'server.listening', port: 4000, method: 'getStats' },
      { t: '2026-01-02T00:00:00.000Z', level: 'warn', event: 'x.warned', ok: false },
    ]);
  });

  it('keeps document text and secrets out of info and error lines, but not out of debug', () => {
    const logger = createFileLogger({ dir, level: 'debug' });
    logger.info('save', { target: '精准扶贫 Targeted poverty alleviation', token: 'abcdef', method: 'saveTarget' });
    logger.error('api.unexpected', { message: '林西县', error: new Error('boom') });
    logger.debug('save.detail', { target: '林西县' });
    const [info, error, debug] = lines(join(dir, LOG_FILE));
    const text = JSON.stringify([info, error]);
    expect(text).not.toContain('精准扶贫');
    expect(text).not.toContain('abcdef');
    expect(text).not.toContain('林西县');
    expect(info).toMatchObject({ target: '[33 chars]', token: '[6 chars]', method: 'saveTarget' });
    expect(error).toMatchObject({ error: { name: 'Error', message: 'boom' } });
    expect(String((error?.error as { stack: string }).stack)).toContain('file-logger.test.ts');
    expect(debug).toMatchObject({ target: '林西县' });
  });

  it('rotates at maxBytes and keeps only `keep` old files', () => {
    const logger = createFileLogger({ dir, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 40; i++) logger.info('tick', { n: i });
    expect(readdirSync(dir).sort()).toEqual(['duizhao.1.log', 'duizhao.2.log', LOG_FILE]);
    const all = [...lines(join(dir, 'duizhao.2.log')), ...lines(join(dir, 'duizhao.1.log')), ...lines(join(dir, LOG_FILE))].map((l) => l.n);
    expect(all.at(-1)).toBe(39);
    expect(all).toEqual([...all].sort((a, b) => Number(a) - Number(b))); // oldest file first, no line reordered
    expect(readFileSync(join(dir, LOG_FILE)).length).toBeLessThan(400);
  });

  it('never throws when the log folder cannot be written', () => {
    writeFileSync(join(dir, 'blocked'), 'a file where the folder should be');
    const logger = createFileLogger({ dir: join(dir, 'blocked', 'logs') });
    expect(() => logger.error('x', { error: new Error('y') })).not.toThrow();
    chmodSync(dir, 0o500);
    try {
      expect(() => createFileLogger({ dir: join(dir, 'ro') }).info('x')).not.toThrow();
    } finally {
      chmodSync(dir, 0o700);
    }
    expect(existsSync(join(dir, 'ro'))).toBe(process.getuid?.() === 0);
  });
});
