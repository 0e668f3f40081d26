import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createWorkbench, defaultWorkspaceDir } from '../../host/index.ts';
import { createFileLogger } from '../../host/logging/file-logger.ts';
import { startServer } from '../../server/index.ts';
import type { CliIo } from '../output.ts';
import { usageError } from '../output.ts';

/** The port saved by the last `serve` of this workspace, if readable and valid. */
function rememberedPort(file: string): number | null {
  try {
    const port = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(port) && port > 1023 && port <= 65535 ? port : null;
  } catch {
    return null;
  }
}

/** Saves the port of `url` for the next `serve` of this workspace; a failure only costs that convenience. */
function rememberPort(file: string, url: string): void {
  try {
    writeFileSync(file, `${new URL(url).port}\n`);
  } catch {
    // A read-only workspace: the next start picks a free port, as before.
  }
}

/** Help text of `duizhao serve`. */
export const SERVE_HELP = `Usage: duizhao serve [project.duizhao] [--port N] [--workspace DIR]

Starts the web workbench on 127.0.0.1 and prints its address (with a one-time token) as the first
line. Without a project it opens the bundled sample. Stop it with Ctrl+C.

  --port N          port to listen on (default, or 0: any free port; the address
                    printed first names the port chosen)
  --workspace DIR   where recent projects, the sample and new projects live
                    (default: $DUIZHAO_HOME, else $XDG_DATA_HOME/duizhao or ~/.local/share/duizhao)
  -h, --help        show this help
`;

/**
 * The built UI: `dist/ui` under the package root (three folders above this file), or
 * `$DUIZHAO_UI_DIR` when set (tests, and packagers who place the UI elsewhere).
 */
export function builtUiDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DUIZHAO_UI_DIR ? resolve(env.DUIZHAO_UI_DIR) : fileURLToPath(new URL('../../../dist/ui/', import.meta.url));
}

/**
 * `duizhao serve`: resolves with the exit code once SIGINT/SIGTERM closed the server and the
 * project. Exits 1 without starting when dist/ui has not been built.
 */
export async function runServe(args: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { port: { type: 'string' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return io.stdout(SERVE_HELP), 0;
  if (positionals.length > 1) throw usageError('serve takes at most one project.');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw usageError(`--port must be a number from 0 to 65535, not "${values.port}".`);

  const uiDir = builtUiDir(env);
  if (!existsSync(join(uiDir, 'index.html'))) {
    io.stderr(`The web UI is not built (${join(uiDir, 'index.html')} is missing): run npm run build:ui first.\n`);
    return 1;
  }

  const workspaceDir = resolve(values.workspace ?? defaultWorkspaceDir(env));
  // The log lives in the workspace (logs/duizhao.log, rotated); the URL with its token is printed, never logged.
  const logger = createFileLogger({ dir: join(workspaceDir, 'logs'), level: env.DUIZHAO_DEBUG ? 'debug' : 'info' });
  const workbench = createWorkbench({ workspaceDir, logger });
  try {
    const project = positionals[0];
    await (project ? workbench.openProject({ path: resolve(project) }) : workbench.openSample({}));
  } catch (error) {
    await workbench.close();
    throw error;
  }
  // Without --port the workspace's last port is tried first: the same origin after a restart keeps the
  // browser's unsaved-edits journal (localStorage is per origin) reachable from the new page.
  const portFile = join(workspaceDir, 'last-port');
  const remembered = values.port === undefined ? rememberedPort(portFile) : null;
  const start = (p: number) => startServer({ workbench, uiDir, port: p, logger });
  const server = await (remembered === null ? start(port) : start(remembered).catch(() => start(0))).catch(async (error: unknown) => {
    await workbench.close();
    throw error;
  });
  if (values.port === undefined) rememberPort(portFile, server.url);
  io.stdout(`${server.url}\n`);

  return new Promise<number>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server
        .close()
        .then(() => workbench.close())
        .then(() => logger.info('server.stopped'))
        .then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
