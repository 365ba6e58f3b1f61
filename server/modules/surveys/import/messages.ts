import type { Locale } from '../../../../common/roles';

type Params = Record<string, string | number>;
type Catalogue = Record<string, (p: Params) => string>;

/** Messages of the survey answer import, shown in the preview next to the line and column. */
const sv = {
  csvSyntax: (p: Params) => `CSV-filen kunde inte läsas: ${p.detail}`,
  empty: () => 'filen innehåller inga svar att importera',
  unmappedRequired: () => 'kolumnen måste väljas',
  noSuchColumn: (p: Params) => `kolumn ${p.column} finns inte i filen`,
  columnTwice: (p: Params) => `kolumnen "${p.name}" är vald för både ${p.first} och ${p.second}`,
  unknownQuestion: (p: Params) => `frågan "${p.key}" finns inte i enkäten eller kan inte importeras`,
  unknownOptionKey: (p: Params) => `frågan har inget svarsalternativ "${p.key}"`,
  noQuestions: () => 'minst en fråga måste kopplas till en kolumn',
  badMonth: (p: Params) => `"${p.value}" är ingen månad; skriv ÅÅÅÅ-MM`,
  extraFields: (p: Params) => `raden har ${p.found} fält men rubrikraden har ${p.expected}`,
  required: () => 'måste anges',
  tooLong: (p: Params) => `är för långt (högst ${p.max} tecken)`,
  unknownArea: (p: Params) => `det finns inget område med koden "${p.value}"`,
  badDate: (p: Params) => `"${p.value}" är inget datum; skriv ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM`,
  unknownLabel: (p: Params) =>
    `okänt svar "${p.value}"; tillåtet är 1–4, mycket bra, ganska bra, inte så bra, dålig, vet ej${p.extra}`,
  unknownOption: (p: Params) => `okänt svar "${p.value}"; tillåtet är ${p.allowed}`,
  noAnswers: () => 'raden har inga svar',
  moreIssues: (p: Params) => `och ${p.count} problem till`,
} satisfies Catalogue;

const en: typeof sv = {
  csvSyntax: (p) => `The CSV file could not be read: ${p.detail}`,
  empty: () => 'the file contains no answers to import',
  unmappedRequired: () => 'a column must be chosen',
  noSuchColumn: (p) => `column ${p.column} is not in the file`,
  columnTwice: (p) => `the column "${p.name}" is chosen for both ${p.first} and ${p.second}`,
  unknownQuestion: (p) => `the question "${p.key}" is not in the survey or cannot be imported`,
  unknownOptionKey: (p) => `the question has no option "${p.key}"`,
  noQuestions: () => 'at least one question must be linked to a column',
  badMonth: (p) => `"${p.value}" is not a month; write YYYY-MM`,
  extraFields: (p) => `the row has ${p.found} fields but the header has ${p.expected}`,
  required: () => 'is required',
  tooLong: (p) => `is too long (at most ${p.max} characters)`,
  unknownArea: (p) => `there is no area with the code "${p.value}"`,
  badDate: (p) => `"${p.value}" is not a date; write YYYY-MM-DD or YYYY-MM`,
  unknownLabel: (p) =>
    `unknown answer "${p.value}"; allowed are 1–4, very good, fairly good, not so good, poor, don't know${p.extra}`,
  unknownOption: (p) => `unknown answer "${p.value}"; allowed are ${p.allowed}`,
  noAnswers: () => 'the row has no answers',
  moreIssues: (p) => `and ${p.count} more problems`,
};

export type SurveyImportMessage = keyof typeof sv;
/** A translator for survey import messages in one staff language. */
export type SurveyImportTranslate = (key: SurveyImportMessage, params?: Params) => string;

const catalogues: Record<Locale, typeof sv> = { sv, en };

export function surveyImportMessages(locale: Locale): SurveyImportTranslate {
  const catalogue = catalogues[locale];
  return (key, params = {}) => catalogue[key](params);
}
