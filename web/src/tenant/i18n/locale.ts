import { rightToLeftLocales, type TenantLocale, tenantLocales } from '../../../../common/reporting';
import type { Messages } from './sv';

const storageKey = 'trygg-tenant-locale';

/** Each language in its own name, for the picker. */
export const localeNames: Record<TenantLocale, string> = {
  sv: 'Svenska',
  en: 'English',
  ar: 'العربية',
  so: 'Soomaali',
  fa: 'فارسی',
  ti: 'ትግርኛ',
};

const isTenantLocale = (value: string): value is TenantLocale =>
  (tenantLocales as readonly string[]).includes(value);

/** The remembered choice, else the first of the browser's languages we have, else Swedish. */
export function initialLocale(): TenantLocale {
  try {
    const stored = localStorage.getItem(storageKey);
    if (stored && isTenantLocale(stored)) return stored;
  } catch {
    // Storage can be blocked (private mode); the browser's languages still work.
  }
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isTenantLocale(base)) return base;
  }
  return 'sv';
}

export function rememberLocale(locale: TenantLocale): void {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Not remembered; the page still works in the chosen language.
  }
}

// One dynamic import per language, so a page only downloads the catalogue it shows.
const loaders: Record<TenantLocale, () => Promise<{ default: Messages }>> = {
  sv: () => import('./sv'),
  en: () => import('./en'),
  ar: () => import('./ar'),
  so: () => import('./so'),
  fa: () => import('./fa'),
  ti: () => import('./ti'),
};

export async function loadMessages(locale: TenantLocale): Promise<Messages> {
  return (await loaders[locale]()).default;
}

/** Sets <html lang dir> so screen readers pronounce the page and the layout mirrors for RTL. */
export function applyDocumentLocale(locale: TenantLocale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = rightToLeftLocales.includes(locale) ? 'rtl' : 'ltr';
}
