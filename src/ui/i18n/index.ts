import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

/** UI languages offered in the switcher; `en` is the source of the key types. */
export const UI_LANGUAGES = ['en', 'zh-CN'] as const;

/** One of {@link UI_LANGUAGES}. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

const STORAGE_KEY = 'duizhao.uiLanguage';

// Every locales/<lang>/<namespace>.json is bundled; namespaces are feature names (common, editor, host…).
const files = import.meta.glob<Record<string, unknown>>('../../../locales/*/*.json', { eager: true, import: 'default' });

/** Groups the bundled locale files as i18next resources: `{ lang: { namespace: json } }`. */
export function bundledResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [file, json] of Object.entries(files)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(file);
    if (!match) continue;
    const [, lang, ns] = match as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = json;
  }
  return resources;
}

/** The language remembered from last time, else the browser's if it is Chinese, else English. */
export function initialLanguage(storage: Storage, navigatorLanguage: string): UiLanguage {
  const saved = storage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigatorLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** Switches the UI language and remembers the choice for the next start. */
export async function changeUiLanguage(instance: i18n, language: UiLanguage, storage: Storage): Promise<void> {
  storage.setItem(STORAGE_KEY, language);
  await instance.changeLanguage(language);
  document.documentElement.lang = language === 'zh-CN' ? 'zh-Hans' : 'en';
}

/** Initialises the shared i18next instance with the bundled resources; resolves when ready. */
export async function initI18n(language: UiLanguage): Promise<i18n> {
  const resources = bundledResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(resources.en ?? {}),
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = language === 'zh-CN' ? 'zh-Hans' : 'en';
  return i18next;
}
