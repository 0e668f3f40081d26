/** A provider's answer read from its JSON: the translated text, or why none could be read. */
export type ParsedAnswer = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: 'malformed' };

/** Parses JSON without throwing; `undefined` when `text` is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads `obj[key]` when `obj` is an object; `undefined` otherwise (for walking untrusted JSON). */
export function field(obj: unknown, key: string): unknown {
  return typeof obj === 'object' && obj !== null ? (obj as Record<string, unknown>)[key] : undefined;
}

/** The first string among `values`, trimmed and cut to 300 characters; '' if none (error texts for users). */
export function firstMessage(...values: unknown[]): string {
  for (const value of values) if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 300);
  return '';
}
