import type { Locale } from '../../../common/roles';

/** Field messages of the staff side of reports that the shared catalogue does not have. */
const catalogue = {
  sv: {
    invalidTransition: 'en rapport med status "{status}" kan inte {verb}',
    unknown: 'finns inte',
    mergeSelf: 'en rapport kan inte slås ihop med sig själv',
    mergeIntoDuplicate: 'rapporten är själv en dubblett; välj den den slogs ihop med',
    mergeRestricted:
      'en sekretessrapport kan bara slås ihop med en annan sekretessrapport, och en vanlig bara med en vanlig',
    archived: 'är arkiverad',
    noChannel: 'har varken e-postadress eller Open311-adress',
    placeOutsideArea: 'ligger inte i det valda området',
    placeNeeded: 'ange område, uppgång, position eller en platsbeskrivning',
    bbox: 'ska vara fyra tal: minLon,minLat,maxLon,maxLat inom -180..180 och -90..90',
  },
  en: {
    invalidTransition: 'a report with status "{status}" cannot be {verb}',
    unknown: 'does not exist',
    mergeSelf: 'a report cannot be merged into itself',
    mergeIntoDuplicate: 'that report is itself a duplicate; choose the one it was merged into',
    mergeRestricted:
      'a restricted report can only be merged into another restricted report, and an ordinary one only into an ordinary one',
    archived: 'is archived',
    noChannel: 'has neither an e-mail address nor an Open311 endpoint',
    placeOutsideArea: 'is not in the chosen area',
    placeNeeded: 'give an area, entrance, position or a description of the place',
    bbox: 'must be four numbers: minLon,minLat,maxLon,maxLat within -180..180 and -90..90',
  },
} satisfies Record<Locale, Record<string, string>>;

export type ReportMessage = keyof typeof catalogue.en;

export const reportMessage = (locale: Locale, key: ReportMessage, values: Record<string, string> = {}) =>
  catalogue[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
