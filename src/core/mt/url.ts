/**
 * Joins an API root and a path with exactly one slash between them (`https://x/v1/` + `/chat` →
 * `https://x/v1/chat`). Pure string work: src/core has no URL class.
 */
export function joinUrl(base: string, path: string): string {
  return `${base.trim().replace(/\/+$/u, '')}/${path.replace(/^\/+/u, '')}`;
}

/** The host (and port) of an http(s) URL, for naming a server in a message; '' if it has none. */
export function urlHost(url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#@]*@)?([^/?#]*)/iu.exec(url.trim());
  return match?.[2] ?? '';
}

/**
 * True when `url` is http(s) to a loopback host (127.0.0.0/8, ::1, localhost): a local model server
 * (Ollama, llama.cpp, vLLM, LM Studio), which needs no key and may use plain http.
 */
export function isLoopbackUrl(url: string): boolean {
  if (!/^https?:\/\//iu.test(url.trim())) return false;
  const host = urlHost(url).toLowerCase().replace(/:\d+$/u, '');
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/u.test(host);
}
