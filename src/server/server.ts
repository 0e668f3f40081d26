import { realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WorkbenchApi } from '../shared/api.ts';
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
}

/** A running web host. `url` carries the token the UI must send as `Authorization: Bearer`. */
export interface RunningServer {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

/**
 * Serves the built UI and the WorkbenchApi (`POST /api/<method>`) on 127.0.0.1 only, with a
 * per-launch token and a Host/Origin check against DNS rebinding. Does not own the workbench:
 * `close()` stops the server and drops connections but leaves the project open.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const uiRoot = realpathSync(options.uiDir);
  const token = newToken();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  let port = 0;

  const server = createServer((req, res) => {
    if (hasDuplicateHost(req)) return sendError(res, 400, 'host:errors.duplicateHost');
    if (!isLocalRequest(req, port)) return sendError(res, 403, 'host:errors.forbiddenHost');
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const api = /^\/api\/([^/]*)$/u.exec(path);
    const work = api ? handleApi(req, res, api[1] ?? '', { workbench: options.workbench, token, maxBodyBytes }) : serveStatic(req, res, uiRoot);
    work.catch(() => {
      if (!res.headersSent) sendError(res, 500, 'errors.internal');
      else res.destroy();
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', rejectListen);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

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
