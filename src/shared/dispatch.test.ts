import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../core/model/index.ts';
import type { WorkbenchApi } from './api.ts';
import { dispatch, isWorkbenchMethod } from './dispatch.ts';
import type { LogFields } from './logger.ts';

type LogFn = (event: string, fields?: LogFields) => void;
const logger = () => ({ debug: vi.fn<LogFn>(), info: vi.fn<LogFn>(), warn: vi.fn<LogFn>(), error: vi.fn<LogFn>() });

describe('dispatch (validate → call → envelope, shared by IPC and HTTP)', () => {
  it('calls the host with the parsed payload and wraps the value', async () => {
    const getHistory = vi.fn(async () => []);
    const result = await dispatch({ getHistory } as unknown as WorkbenchApi, 'getHistory', { blockId: 4 });
    expect(result).toEqual({ outcome: 'ok', envelope: { ok: true, value: [] } });
    expect(getHistory).toHaveBeenCalledWith({ blockId: 4 });
  });

  it('refuses a payload that breaks the contract with host:errors.badRequest, without calling the host', async () => {
    const getHistory = vi.fn();
    const log = logger();
    const result = await dispatch({ getHistory } as unknown as WorkbenchApi, 'getHistory', { blockId: 'x', extra: '林西县' }, log);
    expect(result.outcome).toBe('invalid');
    expect(result.envelope).toMatchObject({ ok: false, error: { code: 'host:errors.badRequest', details: { method: 'getHistory' } } });
    expect(getHistory).not.toHaveBeenCalled();
    expect(JSON.stringify(log.debug.mock.calls)).not.toContain('林西县'); // payloads are never logged
  });

  it('passes an AppError through as "refused" and logs nothing at error level', async () => {
    const log = logger();
    const result = await dispatch({ getStats: async () => Promise.reject(new AppError('host:errors.noProject')) } as unknown as WorkbenchApi, 'getStats', {}, log);
    expect(result).toEqual({ outcome: 'refused', envelope: { ok: false, error: { code: 'host:errors.noProject', details: {} } } });
    expect(log.error).not.toHaveBeenCalled();
  });

  it('turns anything else into common:errors.internal and logs it with its stack', async () => {
    const log = logger();
    const bug = new TypeError('undefined is not a function');
    const result = await dispatch({ getStats: async () => Promise.reject(bug) } as unknown as WorkbenchApi, 'getStats', {}, log);
    expect(result).toEqual({ outcome: 'unexpected', envelope: { ok: false, error: { code: 'common:errors.internal', details: { message: 'undefined is not a function' } } } });
    expect(log.error).toHaveBeenCalledWith('api.unexpected', { method: 'getStats', error: bug });
  });

  it('knows the contract methods and nothing inherited', () => {
    expect(isWorkbenchMethod('saveTarget')).toBe(true);
    for (const name of ['__proto__', 'constructor', 'toString', 'dropDatabase']) expect(isWorkbenchMethod(name), name).toBe(false);
  });
});
