import type { Locale } from '../../../common/roles';

type Params = Record<string, string | number>;
type Catalogue = Record<string, (p: Params) => string>;

const sv: Catalogue = {
  jsonSyntax: (p) => `Filen är inte giltig JSON: ${p.detail}`,
  notFeatureCollection: () => 'Filen måste vara en GeoJSON FeatureCollection med en lista "features"',
  notFeature: () => 'måste vara ett GeoJSON-objekt av typen "Feature"',
  geometryType: (p) => `geometrin måste vara Polygon eller MultiPolygon, inte ${p.type}`,
  geometryShape: () => 'koordinaterna har fel form för geometritypen',
  position: () => 'varje position måste vara två tal [x, y]',
  ringTooShort: () => 'en ring måste ha minst 4 positioner',
  ringNotClosed: () => 'ringen är inte sluten: första och sista positionen måste vara lika',
  outOfRange: (p) => `koordinaten ${p.value} ligger utanför ${p.crs}`,
  looksLikeSweref: () =>
    'koordinaterna ser ut att vara i SWEREF 99 TM (meter), inte WGS84. Välj SWEREF 99 TM som koordinatsystem och försök igen',
  unknownCrs: (p) =>
    `okänt koordinatsystem "${p.name}"; använd WGS84 (EPSG:4326) eller SWEREF 99 TM (EPSG:3006)`,
  required: () => 'måste anges',
  unstorable: () => 'innehåller tecken som inte kan sparas',
  tooLong: (p) => `är för långt (högst ${p.max} tecken)`,
  classification: (p) => `måste vara ett av: ${p.allowed}`,
  unknownProperties: (p) => `okända egenskaper: ${p.names}. Tillåtna: ${p.allowed}`,
  duplicateInFile: (p) => `koden "${p.code}" finns redan på ${p.where}`,
  existsAlready: (p) => `"${p.value}" finns redan i organisationen`,
  empty: () => 'filen innehåller inga rader att importera',
  csvSyntax: (p) => `CSV-filen kunde inte läsas: ${p.detail}`,
  unknownColumns: (p) => `okända kolumner: ${p.names}. Tillåtna: ${p.allowed}`,
  missingColumns: (p) => `kolumner saknas: ${p.names}`,
  duplicateColumn: (p) => `kolumnen ${p.name} finns flera gånger`,
  notNumber: () => 'måste vara ett tal',
  unknownArea: (p) => `det finns inget område med koden "${p.code}"`,
  inconsistent: (p) => `skiljer sig från rad ${p.first} för samma byggnad`,
  duplicateEntrance: (p) => `uppgången "${p.label}" finns redan på rad ${p.first}`,
  columnCount: (p) => `raden har ${p.found} fält men rubrikraden har ${p.expected}`,
};

const en: Catalogue = {
  jsonSyntax: (p) => `The file is not valid JSON: ${p.detail}`,
  notFeatureCollection: () => 'The file must be a GeoJSON FeatureCollection with a "features" list',
  notFeature: () => 'must be a GeoJSON object of type "Feature"',
  geometryType: (p) => `the geometry must be a Polygon or MultiPolygon, not ${p.type}`,
  geometryShape: () => 'the coordinates have the wrong shape for the geometry type',
  position: () => 'every position must be two numbers [x, y]',
  ringTooShort: () => 'a ring must have at least 4 positions',
  ringNotClosed: () => 'the ring is not closed: the first and last positions must be equal',
  outOfRange: (p) => `the coordinate ${p.value} is outside ${p.crs}`,
  looksLikeSweref: () =>
    'the coordinates look like SWEREF 99 TM (metres), not WGS84. Choose SWEREF 99 TM as the coordinate system and try again',
  unknownCrs: (p) =>
    `unknown coordinate system "${p.name}"; use WGS84 (EPSG:4326) or SWEREF 99 TM (EPSG:3006)`,
  required: () => 'is required',
  unstorable: () => 'contains characters that cannot be stored',
  tooLong: (p) => `is too long (at most ${p.max} characters)`,
  classification: (p) => `must be one of: ${p.allowed}`,
  unknownProperties: (p) => `unknown properties: ${p.names}. Allowed: ${p.allowed}`,
  duplicateInFile: (p) => `the code "${p.code}" is already used at ${p.where}`,
  existsAlready: (p) => `"${p.value}" already exists in the organization`,
  empty: () => 'the file contains nothing to import',
  csvSyntax: (p) => `The CSV file could not be read: ${p.detail}`,
  unknownColumns: (p) => `unknown columns: ${p.names}. Allowed: ${p.allowed}`,
  missingColumns: (p) => `missing columns: ${p.names}`,
  duplicateColumn: (p) => `the column ${p.name} appears more than once`,
  notNumber: () => 'must be a number',
  unknownArea: (p) => `there is no area with the code "${p.code}"`,
  inconsistent: (p) => `differs from line ${p.first} for the same building`,
  duplicateEntrance: (p) => `the entrance "${p.label}" is already on line ${p.first}`,
  columnCount: (p) => `the row has ${p.found} fields but the header has ${p.expected}`,
};

export type ImportMessageKey = keyof typeof en;
const catalogues: Record<Locale, Catalogue> = { sv, en };

/** A translator for import messages in one language. */
export type Translate = (key: ImportMessageKey, params?: Params) => string;

export function importMessages(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params = {}) => (catalogue[key] ?? en[key])(params);
}
