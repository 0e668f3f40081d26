/** The loopback web host: built UI plus the WorkbenchApi over HTTP. */
export { startServer, DEFAULT_MAX_BODY_BYTES } from './server.ts';
export type { RunningServer, ServerOptions } from './server.ts';
