import type { LocalizedText } from '../../../common/contracts/report-categories';
import type { TenantLocale } from '../../../common/reporting';

/** A category text in the asked language, else English, else Swedish (which is always there). */
export const localized = (text: LocalizedText, locale: TenantLocale): string =>
  text[locale] ?? text.en ?? text.sv ?? '';
