import { describe, expect, it } from 'vitest';
import { AppError, toErrorPayload } from './errors.ts';

describe('toErrorPayload', () => {
  it('keeps the code and details of an AppError', () => {
    expect(toErrorPayload(new AppError('errors.projectLocked', { path: 'a.duizhao' }))).toEqual({
      code: 'errors.projectLocked',
      details: { path: 'a.duizhao' },
    });
  });
  it('wraps anything else as errors.internal with its message', () => {
    expect(toErrorPayload(new TypeError('boom'))).toEqual({ code: 'errors.internal', details: { message: 'boom' } });
    expect(toErrorPayload('text')).toEqual({ code: 'errors.internal', details: { message: 'text' } });
  });
});
