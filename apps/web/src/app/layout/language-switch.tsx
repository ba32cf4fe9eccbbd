import type { Locale } from '@mentoring/contracts';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, setLanguage } from '../../i18n/index.ts';

/**
 * Two toggle buttons ("Suomi", "English"), each named in its own language and marked with `lang`, so
 * a screen reader pronounces it right and a reader of the other language still finds it.
 */
export function LanguageSwitch({ onChange }: { onChange?: ((language: Locale) => void) | undefined }) {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((language) => (
        <ToggleButton
          key={language}
          className="toggle"
          lang={language}
          isSelected={current === language}
          onChange={() => {
            if (current === language) return;
            void setLanguage(language);
            onChange?.(language);
          }}
        >
          {t(`language.${language}`)}
        </ToggleButton>
      ))}
    </fieldset>
  );
}
