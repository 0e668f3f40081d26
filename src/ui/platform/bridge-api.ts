import { WORKBENCH_METHODS, type Envelope, type WorkbenchApi, type WorkbenchMethod } from '../../shared/api.ts';
import { WorkbenchError } from './workbench-error.ts';

/** What the Electron preload puts on `window.duizhao`: one function per contract method, returning an envelope. */
export type PreloadBridge = { readonly [K in WorkbenchMethod]: (input: unknown) => Promise<Envelope<unknown>> };

/** Adapts the preload's envelope-returning functions to the promise-rejecting `WorkbenchApi`. */
export function createBridgeApi(bridge: PreloadBridge): WorkbenchApi {
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of WORKBENCH_METHODS) {
    api[method] = async (input) => {
      const envelope = await bridge[method](input ?? {});
      if (envelope.ok) return envelope.value;
      throw new WorkbenchError(envelope.error.code, envelope.error.details);
    };
  }
  return api as unknown as WorkbenchApi;
}
