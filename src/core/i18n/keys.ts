// The translation keys of Duizhao as a type, derived from the English locale files. Every
// namespace in locales/en/ is listed here (a test fails when a file is missing), so an error code,
// a label key or a title key that names no string fails to compile instead of showing a raw key.
import type annotate from '../../../locales/en/annotate.json';
import type common from '../../../locales/en/common.json';
import type editor from '../../../locales/en/editor.json';
import type exportNs from '../../../locales/en/export.json';
import type find from '../../../locales/en/find.json';
import type glossary from '../../../locales/en/glossary.json';
import type history from '../../../locales/en/history.json';
import type host from '../../../locales/en/host.json';
import type importNs from '../../../locales/en/import.json';
import type importPdf from '../../../locales/en/import-pdf.json';
import type navigate from '../../../locales/en/navigate.json';
import type alignNs from '../../../locales/en/align.json';
import type limitsNs from '../../../locales/en/limits.json';
import type tmNs from '../../../locales/en/tm.json';
import type mtNs from '../../../locales/en/mt.json';
import type qaNs from '../../../locales/en/qa.json';

/** The English resources by namespace, as the JSON files type them (the source of every key). */
export interface LocaleResources {
  annotate: typeof annotate;
  common: typeof common;
  editor: typeof editor;
  export: typeof exportNs;
  find: typeof find;
  glossary: typeof glossary;
  history: typeof history;
  host: typeof host;
  import: typeof importNs;
  'import-pdf': typeof importPdf;
  navigate: typeof navigate;
  qa: typeof qaNs;
  mt: typeof mtNs;
  tm: typeof tmNs;
  limits: typeof limitsNs;
  align: typeof alignNs;
}

/** A locale namespace (one JSON file per feature). */
export type LocaleNamespace = keyof LocaleResources & string;

/**
 * Every namespace, at runtime: what the UI passes to `useTranslation` where a key of any feature
 * may appear (panel titles, row flags, host error codes). The check below rejects a list that
 * misses one; a test checks the list against the files in locales/en.
 */
export const LOCALE_NAMESPACES = ['annotate', 'common', 'editor', 'export', 'find', 'glossary', 'history', 'host', 'import', 'import-pdf', 'navigate', 'qa', 'mt', 'tm', 'limits', 'align'] as const satisfies readonly LocaleNamespace[];
type _EveryNamespaceListed = Exclude<LocaleNamespace, (typeof LOCALE_NAMESPACES)[number]> extends never ? true : never;
const _everyNamespaceListed: _EveryNamespaceListed = true;
void _everyNamespaceListed;

// i18next picks `key_one`/`key_other` from `key` and a count, so callers name the base key.
type PluralBase<K extends string> = K extends `${infer B}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? B : K;

/** The dotted paths of the string leaves of a resource object (`errors.badRequest`). */
export type LeafKey<T> = {
  [K in keyof T & string]: T[K] extends string ? PluralBase<K> : `${K}.${LeafKey<T[K]>}`;
}[keyof T & string];

/** A key within one namespace, e.g. `I18nKeyIn<'host'>` is `errors.badRequest | …`. */
export type I18nKeyIn<NS extends LocaleNamespace> = LeafKey<LocaleResources[NS]>;

/** A fully qualified translation key, `namespace:dotted.path`, that exists in locales/en. */
export type I18nKey = { [NS in LocaleNamespace]: `${NS}:${I18nKeyIn<NS>}` }[LocaleNamespace];
