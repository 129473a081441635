import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setUiLanguage, UI_LANGUAGES, type UiLanguage } from '../i18n/setupI18n.ts';

const names: Record<UiLanguage, string> = { en: 'English', fr: 'Français' };

/** The interface language of this device; its label is read out, the language names say what it is. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('app.language')}
      </label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => void setUiLanguage(event.target.value as UiLanguage)}
      >
        {UI_LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {names[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
