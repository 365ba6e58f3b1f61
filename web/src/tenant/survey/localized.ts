import type { TenantTexts } from '../../../../common/contracts/survey-responses';
import type { TenantLocale } from '../../../../common/reporting';

/**
 * A question's text in the page's language. The server fills a missing language from en, then
 * sv; a text equal to the English or Swedish one then gets that `lang`, so a screen reader
 * pronounces it in the language it is really in.
 */
export function localized(texts: TenantTexts, locale: TenantLocale): { text: string; lang?: string } {
  const text = texts[locale];
  if (locale === 'sv' || locale === 'en') return { text };
  if (text === texts.en && text !== texts.sv) return { text, lang: 'en' };
  if (text === texts.sv) return { text, lang: 'sv' };
  return { text };
}
