import path from 'node:path';

/** The CSP of every page the desktop app serves: only its own scripts, no eval, no remote anything. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Maps an `app://duizhao/…` URL to a file inside the built UI folder, or null when the URL leaves
 * that folder (`..`, encoded slashes) or names another host: the protocol never serves anything else.
 */
export function resolveUiFile(uiDir: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'app:' || parsed.host !== 'duizhao') return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const file = path.resolve(uiDir, relative);
  return file.startsWith(path.resolve(uiDir) + path.sep) ? file : null;
}
