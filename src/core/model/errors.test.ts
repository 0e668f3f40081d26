import { describe, expect, it } from 'vitest';
import { AppError, toErrorPayload } from './errors.ts';

describe('toErrorPayload', () => {
  it('keeps the code and details of an AppError', () => {
    expect(toErrorPayload(new AppError('host:errors.projectLocked', { path: 'a.duizhao' }))).toEqual({
      code: 'host:errors.projectLocked',
      details: { path: 'a.duizhao' },
    });
  });
  it('wraps anything else as common:errors.internal with its message', () => {
    expect(toErrorPayload(new TypeError('boom'))).toEqual({ code: 'common:errors.internal', details: { message: 'boom' } });
    expect(toErrorPayload('text')).toEqual({ code: 'common:errors.internal', details: { message: 'text' } });
  });
});
