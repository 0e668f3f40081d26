import type { IpcMainInvokeEvent } from 'electron';
import { WORKBENCH_METHODS, channelFor, type Envelope, type WorkbenchApi } from '../../src/shared/api.ts';
import { dispatch } from '../../src/shared/dispatch.ts';
import { nullLogger, type Logger } from '../../src/shared/logger.ts';

/** Decides whether an IPC call comes from our own window's main frame. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>) => boolean;

/** A channel and the handler main registers for it with `ipcMain.handle`. */
export interface IpcRoute {
  readonly channel: string;
  readonly handler: (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, input: unknown) => Promise<Envelope<unknown>>;
}

/**
 * The IPC routes of the contract, generated from the method list: each checks the sender
 * (`host:errors.untrustedSender` otherwise, host not called), then hands the payload to the
 * shared {@link dispatch} (validation, call, envelope: the same step the HTTP transport uses, so
 * both report the same codes). Envelopes, because Electron's `invoke` keeps only an error's
 * message. Kept free of runtime Electron imports so it is unit-tested.
 */
export function createIpcRoutes(workbench: WorkbenchApi, isTrustedSender: SenderCheck, logger: Logger = nullLogger): IpcRoute[] {
  return WORKBENCH_METHODS.map((method) => ({
    channel: channelFor(method),
    handler: async (event, input) => {
      if (!isTrustedSender(event)) {
        logger.warn('ipc.untrustedSender', { method, url: event.senderFrame?.url ?? '' });
        return { ok: false, error: { code: 'host:errors.untrustedSender', details: {} } };
      }
      return (await dispatch(workbench, method, input, logger)).envelope;
    },
  }));
}

/** The origin the renderer is served from inside Electron (a privileged custom scheme). */
export const APP_ORIGIN = 'app://duizhao';

/** Trusts only the main frame of our own pages, as VS Code's validatedIpcMain does. */
export function ownMainFrame(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    return new URL(frame.url).origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
  } catch {
    return false;
  }
}
