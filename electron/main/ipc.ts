import type { IpcMainInvokeEvent } from 'electron';
import { WORKBENCH_METHODS, channelFor, workbenchInputs, type Envelope, type WorkbenchApi } from '../../src/shared/api.ts';
import { toErrorPayload } from '../../src/core/model/index.ts';

/** Decides whether an IPC call comes from our own window's main frame. */
export type SenderCheck = (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>) => boolean;

/** A channel and the handler main registers for it with `ipcMain.handle`. */
export interface IpcRoute {
  readonly channel: string;
  readonly handler: (event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, input: unknown) => Promise<Envelope<unknown>>;
}

/**
 * The IPC routes of the contract, generated from the method list: each checks the sender, validates
 * the payload with zod, calls the host and wraps the outcome in an envelope (Electron's `invoke`
 * would keep only an error's message). Kept free of runtime Electron imports so it is unit-tested.
 */
export function createIpcRoutes(workbench: WorkbenchApi, isTrustedSender: SenderCheck): IpcRoute[] {
  return WORKBENCH_METHODS.map((method) => ({
    channel: channelFor(method),
    handler: async (event, input) => {
      if (!isTrustedSender(event)) return { ok: false, error: { code: 'common:errors.untrustedSender', details: {} } };
      const parsed = workbenchInputs[method].safeParse(input);
      if (!parsed.success) return { ok: false, error: { code: 'common:errors.badRequest', details: { method } } };
      try {
        const call = workbench[method] as (payload: unknown) => Promise<unknown>;
        return { ok: true, value: await call.call(workbench, parsed.data) };
      } catch (error) {
        const payload = toErrorPayload(error);
        return { ok: false, error: { code: payload.code, details: { ...payload.details } } };
      }
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
