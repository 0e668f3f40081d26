import { WORKBENCH_METHODS, type Envelope, type WorkbenchApi, type WorkbenchMethod } from '../../shared/api.ts';
import { WorkbenchError } from './workbench-error.ts';

/**
 * A `WorkbenchApi` over the loopback web host (`src/server`): `POST /api/<method>` with the
 * per-launch token as a bearer credential. Assumes the page was opened from the URL the server
 * printed (`/?token=…`); the token is then kept in sessionStorage so reloads keep working.
 */
export function createHttpApi(token: string, baseUrl = ''): WorkbenchApi {
  const call = async (method: WorkbenchMethod, input: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
        // keepalive lets a save started while the page unloads still reach the host.
        keepalive: method === 'saveTarget',
      });
    } catch (error) {
      throw new WorkbenchError('common:errors.hostUnreachable', { message: String(error) });
    }
    let envelope: Envelope<unknown>;
    try {
      envelope = (await response.json()) as Envelope<unknown>;
    } catch {
      throw new WorkbenchError('common:errors.hostUnreachable', { message: `HTTP ${response.status}` });
    }
    if (envelope.ok) return envelope.value;
    throw new WorkbenchError(envelope.error.code, envelope.error.details);
  };
  const api: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const method of WORKBENCH_METHODS) api[method] = (input) => call(method, input);
  return api as unknown as WorkbenchApi;
}

/** Reads the launch token from `?token=` (then hides it from the address bar) or from sessionStorage. */
export function takeLaunchToken(location: Location, history: History, storage: Storage): string | null {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem('duizhao.token', fromUrl);
    params.delete('token');
    const rest = params.toString();
    history.replaceState(null, '', `${location.pathname}${rest ? `?${rest}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem('duizhao.token');
}
