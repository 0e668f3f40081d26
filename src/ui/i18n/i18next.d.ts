import 'i18next';
import type common from '../../../locales/en/common.json';
import type editor from '../../../locales/en/editor.json';

// Typed keys: t('editor:confirm') is checked against locales/en at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; editor: typeof editor };
  }
}
