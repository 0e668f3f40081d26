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

describe('AppError codes', () => {
  it('accept only keys that exist in locales/en (checked by tsc; the directives fail the build if a wrong key compiles)', () => {
    // @ts-expect-error -- no such key: the desktop user would read a raw key
    const unknownKey = new AppError('common:errors.badRequest');
    // @ts-expect-error -- a namespace that does not exist
    const unknownNamespace = new AppError('b:errors.corrupt');
    // @ts-expect-error -- a key without its namespace
    const bare = new AppError('errors.internal');
    // @ts-expect-error -- an object, not a string leaf
    const notALeaf = new AppError('host:errors');
    expect([unknownKey, unknownNamespace, bare, notALeaf].map((e) => e.code)).toEqual(['common:errors.badRequest', 'b:errors.corrupt', 'errors.internal', 'host:errors']);
    expect(new AppError('import:errors.emptyFile').code).toBe('import:errors.emptyFile');
  });
});
