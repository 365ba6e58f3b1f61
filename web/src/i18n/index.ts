import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../common/roles';
import { setApiLanguage } from '../app/api';
import { en } from './en';
import { sv } from './sv';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}

function initialLanguage(): Locale {
  const stored = localStorage.getItem('trygg.locale');
  if (stored === 'sv' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

/** Switches the UI language, the html lang attribute and the language the API answers in. */
export function applyLanguage(locale: Locale): void {
  localStorage.setItem('trygg.locale', locale);
  document.documentElement.lang = locale;
  setApiLanguage(locale);
  if (i18next.language !== locale) void i18next.changeLanguage(locale);
}

const language = initialLanguage();
void i18next.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: language,
  fallbackLng: 'sv',
  interpolation: { escapeValue: false },
  returnNull: false,
});
applyLanguage(language);

export { i18next };
