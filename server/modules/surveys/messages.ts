import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';

/** Field messages of surveys that the shared catalogue does not have. */
const catalogue = {
  sv: {
    unknown: 'finns inte',
    archived: 'är arkiverat',
    notInWave: 'ingår inte i mätomgången',
    duplicate: 'förekommer flera gånger',
    endsBeforeStart: 'kan inte vara före startdatum',
    keyTaken: 'används redan av en annan fråga eller ett index',
    indexKeyTaken: 'används redan av ett index eller en fråga',
    notScale: 'är inte en skalfråga; ett index räknas bara på skalfrågor',
    waveClosed: 'mätomgången är avslutad',
    reasonNeeded:
      'ange varför: mätomgången är avslutad och dess publicerade resultat ändras (skälet sparas i loggen)',
    notContinuous: 'inbjudningar skickas bara i löpande enkäter som är öppna',
    nothingToPrint:
      'alla hushåll i urvalet har redan en kod; välj att ersätta oanvända koder för att skriva ut igen',
    noApartments: 'det finns inga lägenheter i urvalet',
  },
  en: {
    unknown: 'does not exist',
    archived: 'is archived',
    notInWave: 'is not part of the survey wave',
    duplicate: 'appears more than once',
    endsBeforeStart: 'cannot be before the start date',
    keyTaken: 'is already used by another question or an index',
    indexKeyTaken: 'is already used by an index or a question',
    notScale: 'is not a scale question; an index is computed from scale questions only',
    waveClosed: 'the survey wave is closed',
    reasonNeeded:
      'give a reason: the survey wave is closed and its published results change (the reason is logged)',
    notContinuous: 'invitations are sent only in continuous surveys that are open',
    nothingToPrint:
      'every household in the selection already has a code; choose to replace unused codes to print again',
    noApartments: 'there are no apartments in the selection',
  },
} satisfies Record<Locale, Record<string, string>>;

export type SurveyMessage = keyof typeof catalogue.en;

export function surveyMessage(locale: Locale, key: SurveyMessage): string {
  return catalogue[locale][key];
}

/** A 400 naming one field, with a message from the catalogue. */
export function fieldError(locale: Locale, path: string, key: SurveyMessage) {
  return new AppError('validation_failed', [{ path, message: surveyMessage(locale, key) }]);
}

/** A 409: the request is fine but the wave's state does not allow it. */
export function conflictError(locale: Locale, path: string, key: SurveyMessage) {
  return new AppError('conflict', [{ path, message: surveyMessage(locale, key) }]);
}
