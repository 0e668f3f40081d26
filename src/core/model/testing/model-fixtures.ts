import { AppError } from '../errors.ts';

/**
 * Test support: the `code` of the AppError that `run` throws, so a test can state which
 * translated error bad input gets. Anything else comes back as a string that fails the
 * comparison and says what happened instead ("no error", or the foreign exception).
 * Imported only by tests.
 */
export function errorCode(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : `not an AppError: ${String(error)}`;
  }
  return 'no error';
}
