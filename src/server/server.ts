import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppError } from '../core/model/index.ts';
import type { WorkbenchApi } from '../shared/api.ts';
import { nullLogger, type Logger } from '../shared/logger.ts';
import { handleApi } from './api-route.ts';
import { hasDuplicateHost, isLocalRequest, newToken } from './guards.ts';
import { sendError } from './http-util.ts';
import { serveStatic } from './static-files.ts';

/** 256 MiB: source files travel base64-encoded inside the JSON body. */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024 * 1024;

/** Options for {@link startServer}. */
export interface ServerOptions {
  readonly workbench: WorkbenchApi;
  /** Folder with the built UI (index.html and assets). */
  readonly uiDir: string;
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  readonly port?: number;
  /** Largest accepted API request body in bytes. */
  readonly maxBodyBytes?: number;
  /** Where unexpected failures (with their stacks) and the listening port are reported; default: nowhere. */
  readonly logger?: Logger;
}

/** A running web host. `url` carries the token the UI must send as `Authorization: Bearer`. */
export interface RunningServer {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

// A port that is taken or privileged is the user's to change, so it is an AppError with advice.
function listenError(error: NodeJS.ErrnoException, port: number): unknown {
  if (error.code === 'EADDRINUSE') return new AppError('host:errors.portInUse', { port });
  if (error.code === 'EACCES') return new AppError('host:errors.portDenied', { port });
  return error;
}

/**
 * Serves the built UI and the WorkbenchApi (`POST /api/<method>`) on 127.0.0.1 only, with a
 * per-launch token and a Host/Origin check against DNS rebinding. Does not own the workbench:
 * `close()` stops the server and drops connections but leaves the project open. Fails with
 * `host:errors.portInUse` / `host:errors.portDenied` when the port cannot be had.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const uiRoot = realpathSync(options.uiDir);
  const token = newToken();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const logger = options.logger ?? nullLogger;
  let port = 0;

  const server = createServer((req, res) => {
    if (hasDuplicateHost(req)) return sendError(res, 400, 'host:errors.duplicateHost');
    if (!isLocalRequest(req, port)) return sendError(res, 403, 'host:errors.forbiddenHost');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([^/]*)$/u.exec(path);
    const work = api ? handleApi(req, res, api[1] ?? '', { workbench: options.workbench, token, maxBodyBytes, logger }) : serveStatic(req, res, uiRoot);
    // Nothing a handler throws is swallowed: it is logged with its stack, and the client gets a
    // 500 envelope that says what failed (or a dropped connection when the reply had started).
    work.catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      logger.error('server.unexpected', { method: req.method ?? '', url: path, error: failure });
      if (!res.headersSent) sendError(res, 500, 'common:errors.internal', { message: failure.message.slice(0, 500) });
      else res.destroy();
    });
  });

  const requested = options.port ?? 0;
  await new Promise<void>((resolveListen, rejectListen) => {
    const refuse = (error: NodeJS.ErrnoException): void => rejectListen(listenError(error, requested));
    server.once('error', refuse);
    server.listen(requested, '127.0.0.1', () => {
      server.off('error', refuse);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  logger.info('server.listening', { port });

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
