import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';

/** Field messages and labels of survey analysis that the shared catalogue does not have. */
const catalogue = {
  sv: {
    unknownMeasure: 'är inte ett index eller en skalfråga i enkäten',
    ownIndexNotBenchmarked:
      'egna index jämförs inte med andra bolag; välj ett standardindex eller en fråga så jämförs lika med lika',
    unknownArea: 'finns inte',
    unknownWave: 'finns inte',
    groupAge: 'Åldersgrupp',
    groupGender: 'Kön',
    groupYears: 'År i området',
    groupChannel: 'Svarssätt',
    channelCode: 'Kod i brev',
    channelOpenLink: 'Öppen länk i trapphuset',
    channelPaper: 'Papper',
    channelImport: 'Import',
    channelApi: 'Integration',
  },
  en: {
    unknownMeasure: 'is not an index or a scale question of the survey',
    ownIndexNotBenchmarked:
      'own indexes are not compared with other companies; choose a standard index or a question so like is compared with like',
    unknownArea: 'does not exist',
    unknownWave: 'does not exist',
    groupAge: 'Age group',
    groupGender: 'Gender',
    groupYears: 'Years in the area',
    groupChannel: 'How answered',
    channelCode: 'Code in letter',
    channelOpenLink: 'Open link in the stairwell',
    channelPaper: 'Paper',
    channelImport: 'Import',
    channelApi: 'Integration',
  },
} satisfies Record<Locale, Record<string, string>>;

export type AnalysisMessage = keyof typeof catalogue.en;

export const analysisMessage = (locale: Locale, key: AnalysisMessage) => catalogue[locale][key];

/** A 400 naming one field, with a message from the catalogue. */
export function analysisFieldError(locale: Locale, path: string, key: AnalysisMessage) {
  return new AppError('validation_failed', [{ path, message: analysisMessage(locale, key) }]);
}
