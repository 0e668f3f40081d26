import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES, changeUiLanguage, type UiLanguage } from '../i18n/index.ts';
import { signal } from '../app/signals.ts';

/** The UI language picker. Language names are shown in their own language, as users look for them. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  return (
    <label className="language-switcher">
      <span>{t('language.label')}</span>
      <select
        data-testid="ui-language"
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value as UiLanguage;
          void changeUiLanguage(i18n, language, window.localStorage).then(() => signal('uiLanguage', language));
        }}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language === 'zh-CN' ? 'zh-Hans' : 'en'}>
            {t(`language.${language === 'zh-CN' ? 'zhCN' : 'en'}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
