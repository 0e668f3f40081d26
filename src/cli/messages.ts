import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A UI language the CLI can print in. */
export type CliLanguage = 'en' | 'zh-CN';

const LOCALES = fileURLToPath(new URL('../../locales/', import.meta.url));
const cache = new Map<string, unknown>();

/** zh-CN when LC_ALL, LC_MESSAGES or LANG (first one set) starts with "zh"; English otherwise. */
export function cliLanguage(env: NodeJS.ProcessEnv = process.env): CliLanguage {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

function resources(language: CliLanguage, namespace: string): unknown {
  const key = `${language}/${namespace}`;
  if (!cache.has(key)) {
    let data: unknown = {};
    try {
      data = JSON.parse(readFileSync(`${LOCALES}${language}/${namespace}.json`, 'utf8'));
    } catch {
      // A missing namespace falls back to English, then to the bare key.
    }
    cache.set(key, data);
  }
  return cache.get(key);
}

function lookup(data: unknown, path: string): string | undefined {
  let node = data;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Translates an error code such as `host:errors.projectLocked` (namespace `common` when the code
 * has none) from the locales/ JSON files, filling `{{placeholders}}` from `details`. A minimal
 * stand-in for i18next, enough for one-line CLI messages; unknown codes come back verbatim.
 */
export function translate(code: string, details: Readonly<Record<string, string | number>>, language: CliLanguage): string {
  const colon = code.indexOf(':');
  const namespace = colon > 0 ? code.slice(0, colon) : 'common';
  const key = colon > 0 ? code.slice(colon + 1) : code;
  const template = lookup(resources(language, namespace), key) ?? lookup(resources('en', namespace), key);
  if (template === undefined) return Object.keys(details).length ? `${code} ${JSON.stringify(details)}` : code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/gu, (_, name: string) => String(details[name] ?? ''));
}
