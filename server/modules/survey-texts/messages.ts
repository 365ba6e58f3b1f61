import type { Locale } from '../../../common/roles';

/** Field messages of survey texts that the shared catalogue does not have. */
const catalogue = {
  sv: { unknownTheme: 'är inget känt tema' },
  en: { unknownTheme: 'is not a known theme' },
} satisfies Record<Locale, Record<string, string>>;

export type SurveyTextMessage = keyof typeof catalogue.en;

export const surveyTextMessage = (locale: Locale, key: SurveyTextMessage) => catalogue[locale][key];
