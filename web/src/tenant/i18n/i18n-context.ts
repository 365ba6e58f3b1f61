import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TenantLocale } from '../../../../common/reporting';
import type { MessageKey, Messages } from './sv';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;
export type I18n = { locale: TenantLocale; t: Translate; setLocale(locale: TenantLocale): void };

/** `{name}` placeholders are replaced by values; a missing value leaves the placeholder. */
export function translator(messages: Messages): Translate {
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nContext');
  return i18n;
}
