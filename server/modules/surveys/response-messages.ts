import type { Locale } from '../../../common/roles';

/** Field messages of survey answering (tenant form, paper answers, import) beyond the shared ones. */
const catalogue = {
  sv: {
    notAsked: 'är ingen fråga i den här enkäten',
    notScale: 'är ingen fråga med svarsskala',
    notOwnChoice: 'är ingen flervalsfråga i den här enkäten',
    notOwnText: 'är ingen textfråga i den här enkäten',
    singleChoice: 'frågan har bara ett svar; välj ett alternativ',
    unknownOption: 'frågan har inget svarsalternativ "{value}"',
    mapNotAsked: 'enkäten har ingen kartfråga för det här området',
    pointOutside: 'ligger för långt från området',
    areaNotInWave: 'området ingår inte i enkäten',
    buildingNotInArea: 'huset finns inte i det valda området',
    entranceNotInBuilding: 'uppgången finns inte i det valda huset',
    entranceNeedsBuilding: 'välj huset när du anger en uppgång',
    unknownBuilding: 'det finns inget hus med id "{value}" i området',
    unknownEntrance: 'det finns ingen uppgång "{value}" i huset',
    entranceWithoutBuilding: 'en uppgång kan bara anges tillsammans med huset',
    badMapping: 'ska vara kolumnkopplingen som JSON',
    fileNeeded: 'välj en CSV-fil',
  },
  en: {
    notAsked: 'is not a question of this survey',
    notScale: 'is not a question with an answer scale',
    notOwnChoice: 'is not a choice question of this survey',
    notOwnText: 'is not a text question of this survey',
    singleChoice: 'the question takes one answer; choose one option',
    unknownOption: 'the question has no option "{value}"',
    mapNotAsked: 'the survey has no map question for this area',
    pointOutside: 'is too far from the area',
    areaNotInWave: 'the area is not part of the survey',
    buildingNotInArea: 'the building is not in the chosen area',
    entranceNotInBuilding: 'the entrance is not in the chosen building',
    entranceNeedsBuilding: 'choose the building when you give an entrance',
    unknownBuilding: 'there is no building with the id "{value}" in the area',
    unknownEntrance: 'there is no entrance "{value}" in the building',
    entranceWithoutBuilding: 'an entrance can only be given together with the building',
    badMapping: 'must be the column mapping as JSON',
    fileNeeded: 'choose a CSV file',
  },
} satisfies Record<Locale, Record<string, string>>;

export type ResponseMessage = keyof typeof catalogue.en;

export const responseMessage = (locale: Locale, key: ResponseMessage, value = ''): string =>
  catalogue[locale][key].replace('{value}', value);
