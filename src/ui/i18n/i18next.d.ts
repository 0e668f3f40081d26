import 'i18next';
import type { LocaleResources } from '../../core/i18n/keys.ts';

// Typed keys: t('editor:confirm') is checked against locales/en at compile time. The resources are
// the same list AppError codes are checked against (src/core/i18n/keys.ts), so every namespace is
// registered once.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: LocaleResources;
  }
}
