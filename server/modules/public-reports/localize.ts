import type { LocalizedText } from '../../../common/contracts/report-categories';
import type { TenantLocale } from '../../../common/reporting';

/** A text in the reader's language, else English, else Swedish (which every text has). */
export const localize = (text: LocalizedText, locale: TenantLocale): string =>
  text[locale] || text.en || text.sv || '';

/** What a restricted report's category shows as on its status page: nothing that tells what it is. */
export const neutralCategory: Record<TenantLocale, string> = {
  sv: 'Ärende',
  en: 'Case',
  ar: 'بلاغ',
  so: 'Kiis',
  fa: 'مورد',
  ti: 'ጉዳይ',
};
