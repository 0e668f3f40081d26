import 'i18next';
import type annotate from '../../../locales/en/annotate.json';
import type common from '../../../locales/en/common.json';
import type editor from '../../../locales/en/editor.json';
import type exportNs from '../../../locales/en/export.json';
import type glossary from '../../../locales/en/glossary.json';
import type find from '../../../locales/en/find.json';
import type navigate from '../../../locales/en/navigate.json';
import type historyNs from '../../../locales/en/history.json';
import type segments from '../../../locales/en/segments.json';

// Typed keys: t('editor:confirm') is checked against locales/en at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { annotate: typeof annotate; common: typeof common; editor: typeof editor; export: typeof exportNs; glossary: typeof glossary; find: typeof find; navigate: typeof navigate; history: typeof historyNs; segments: typeof segments };
  }
}
