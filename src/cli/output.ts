import { AppError } from '../core/model/index.ts';

/** Where a command writes; injected so tests can capture output without spawning. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** The real process streams. */
export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** A usage mistake (unknown flag, missing argument): reported like any AppError, exit code 2. */
export function usageError(message: string): AppError {
  return new AppError('host:errors.usage', { message });
}
