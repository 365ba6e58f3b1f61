import type { TenantLocale } from '../../../../common/reporting';
import type { PrivacyTextKey, PrivacyTexts } from './texts/sv';

// One chunk per language, loaded only when the notice is opened.
const loaders: Record<TenantLocale, () => Promise<{ default: PrivacyTexts }>> = {
  sv: () => import('./texts/sv'),
  en: () => import('./texts/en'),
  ar: () => import('./texts/ar'),
  so: () => import('./texts/so'),
  fa: () => import('./texts/fa'),
  ti: () => import('./texts/ti'),
};

export async function loadPrivacyTexts(locale: TenantLocale): Promise<PrivacyTexts> {
  return (await loaders[locale]()).default;
}

export type PrivacyTranslate = (key: PrivacyTextKey, values?: Record<string, string>) => string;

export const privacyTranslator =
  (texts: PrivacyTexts): PrivacyTranslate =>
  (key, values) =>
    texts[key].replace(/\{(\w+)\}/g, (whole, name: string) => values?.[name] ?? whole);

/**
 * "3 months", "30 days" in the page's language. Arabic needs its six plural forms, which the
 * browser's Intl knows; the other languages' simple forms come from the catalogue (Intl's data
 * for Somali and Tigrinya is thin in some browsers).
 */
export function formatPeriod(locale: TenantLocale, t: PrivacyTranslate, n: number, unit: 'month' | 'day') {
  if (locale === 'ar') {
    try {
      return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
    } catch {
      // An old browser without unit formatting: the catalogue's form below.
    }
  }
  const number = new Intl.NumberFormat(locale).format(n);
  if (unit === 'day') return t('days', { n: number });
  return n === 1 ? t('monthOne', { n: number }) : t('months', { n: number });
}
