import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../main.ts';

/**
 * Test helpers for the CLI tests (imported only by *.test.ts): run `duizhao` as a child process,
 * for exit codes and real streams, or in the test process, where those are not the point.
 */

/** The CLI entry point, as a user's shell runs it. */
export const CLI_BIN = fileURLToPath(new URL('../bin.mjs', import.meta.url));

/** What one CLI run returned: the exit code (null if killed) and everything it wrote. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node bin.mjs ...args` to completion with English messages (LANG=C) and DUIZHAO_HOME
 * (recent projects, settings) set to `<dir>/home`, so a test never touches the user's own.
 * `env` is added last and may override any of these.
 */
export function spawnCli(dir: string, args: string[], env: Record<string, string> = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI_BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', DUIZHAO_HOME: join(dir, 'home'), ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI's `main` inside the test process with `env` as its environment, capturing output. */
export async function runInProcess(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) }, env);
  return { code, stdout, stderr };
}
