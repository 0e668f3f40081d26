import type { WorkbenchApi } from '../../shared/api.ts';
import { createHttpApi, takeLaunchToken } from './http-api.ts';
import { createBridgeApi, type PreloadBridge } from './bridge-api.ts';

declare global {
  interface Window {
    /** Present only inside Electron: the named methods the preload exposes (see electron/preload). */
    duizhao?: PreloadBridge;
  }
}

/**
 * The UI's only way to the host. Inside Electron it wraps the preload bridge; in a browser it
 * talks HTTP to `src/server`. Returns null when neither is available (opened without a token).
 */
export function connectWorkbench(): WorkbenchApi | null {
  if (window.duizhao) return createBridgeApi(window.duizhao);
  const token = takeLaunchToken(window.location, window.history, window.sessionStorage);
  return token ? createHttpApi(token) : null;
}
