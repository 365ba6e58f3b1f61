import type { Position } from '../../../common/geo';
import { type Crs, toWgs84 } from './crs';
import { type CsvRow, readCsvTable } from './csv-table';
import { checkPosition, type GeometryContext } from './geometry-reader';
import { IssueList } from './import-error';
import type { Translate } from './import-messages';

export type ImportedEntrance = { line: number; label: string; lon: number; lat: number };
/** One building from the file (rows sharing building_external_id), in WGS84. */
export type ImportedBuilding = {
  line: number;
  areaCode: string;
  externalId: string;
  address: string;
  propertyDesignation: string | null;
  name: string | null;
  lon: number;
  lat: number;
  entrances: ImportedEntrance[];
};

/** Columns with their maximum length; the optional ones may be left out of the header. */
const textColumns = {
  area_code: 40,
  building_external_id: 100,
  address: 300,
  property_designation: 100,
  building_name: 200,
  entrance_label: 100,
} as const;
const optionalColumns = ['property_designation', 'building_name'];
const coordinateColumns = ['building_x', 'building_y', 'entrance_x', 'entrance_y'];
export const buildingCsvColumns = [...Object.keys(textColumns), ...coordinateColumns];
/** Columns that must agree on every row of the same building. */
const buildingColumns = [
  'area_code',
  'address',
  'property_designation',
  'building_name',
  'building_x',
  'building_y',
];

/**
 * Reads buildings and their entrances from CSV, one row per entrance. Every problem is reported
 * at once as an ImportError, with the file's line and the column; nothing else is thrown.
 */
export function parseBuildingCsv(text: string, options: { crs?: Crs; t: Translate }): ImportedBuilding[] {
  const { t } = options;
  const issues = new IssueList();
  const table = readCsvTable(text, t);
  checkHeader(table.header, issues, t);
  issues.throwIfAny();
  if (table.rows.length === 0) issues.add({ path: 'csv', message: t('empty') });
  const buildings = new Map<string, { building: ImportedBuilding; row: CsvRow }>();
  for (const row of table.rows) {
    if (issues.full) break;
    const ctx: GeometryContext = { crs: options.crs, issues, t, line: row.line };
    const read = readRow(row, table.header.length, ctx);
    if (read) addRow(buildings, read, row, ctx);
  }
  issues.throwIfAny();
  return [...buildings.values()].map((entry) => entry.building);
}

function checkHeader(header: string[], issues: IssueList, t: Translate): void {
  const unknown = header.filter((name) => !buildingCsvColumns.includes(name));
  const missing = buildingCsvColumns.filter(
    (name) => !optionalColumns.includes(name) && !header.includes(name),
  );
  const repeated = header.filter((name, i) => header.indexOf(name) !== i);
  const allowed = buildingCsvColumns.join(', ');
  if (unknown.length)
    issues.add({
      line: 1,
      path: 'csv',
      message: t('unknownColumns', { names: unknown.join(', '), allowed }),
    });
  if (missing.length)
    issues.add({ line: 1, path: 'csv', message: t('missingColumns', { names: missing.join(', ') }) });
  for (const name of new Set(repeated))
    issues.add({ line: 1, path: name, message: t('duplicateColumn', { name }) });
}

type RowValues = { texts: Record<keyof typeof textColumns, string>; building: Position; entrance: Position };

function readRow(row: CsvRow, width: number, ctx: GeometryContext): RowValues | null {
  const before = ctx.issues.items.length;
  if (row.fieldCount !== width) {
    ctx.issues.add({
      line: row.line,
      path: 'csv',
      message: ctx.t('columnCount', { found: row.fieldCount, expected: width }),
    });
    return null;
  }
  const texts = {} as RowValues['texts'];
  for (const [column, max] of Object.entries(textColumns) as [keyof typeof textColumns, number][]) {
    const value = row.fields[column] ?? '';
    if (!value && !optionalColumns.includes(column))
      ctx.issues.add({ line: row.line, path: column, message: ctx.t('required') });
    if (value.length > max)
      ctx.issues.add({ line: row.line, path: column, message: ctx.t('tooLong', { max }) });
    texts[column] = value;
  }
  const building = readPoint(row, 'building', ctx);
  const entrance = readPoint(row, 'entrance', ctx);
  if (ctx.issues.items.length > before || !building || !entrance) return null;
  return { texts, building, entrance };
}

function readPoint(row: CsvRow, prefix: 'building' | 'entrance', ctx: GeometryContext): Position | null {
  const values = [`${prefix}_x`, `${prefix}_y`].map((column) => {
    const number = parseDecimal(row.fields[column] ?? '');
    if (number === null) ctx.issues.add({ line: row.line, path: column, message: ctx.t('notNumber') });
    return number;
  });
  if (values[0] === null || values[1] === null) return null;
  const position: Position = [values[0], values[1]];
  if (!checkPosition(position, `${prefix}_x, ${prefix}_y`, ctx)) return null;
  return toWgs84(position, ctx.crs ?? 'EPSG:4326');
}

/** A number written with a point or (as Swedish spreadsheets do) a comma as the decimal sign. */
export function parseDecimal(text: string): number | null {
  const normalized = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}

function addRow(
  buildings: Map<string, { building: ImportedBuilding; row: CsvRow }>,
  { texts, building, entrance }: RowValues,
  row: CsvRow,
  ctx: GeometryContext,
): void {
  const existing = buildings.get(texts.building_external_id);
  const newEntrance = { line: row.line, label: texts.entrance_label, lon: entrance[0], lat: entrance[1] };
  if (!existing) {
    buildings.set(texts.building_external_id, {
      row,
      building: toBuilding(texts, building, row.line, newEntrance),
    });
    return;
  }
  const differing = buildingColumns.filter(
    (column) => (existing.row.fields[column] ?? '') !== (row.fields[column] ?? ''),
  );
  for (const column of differing) {
    ctx.issues.add({
      line: row.line,
      path: column,
      message: ctx.t('inconsistent', { first: existing.row.line }),
    });
  }
  const twin = existing.building.entrances.find((e) => e.label === newEntrance.label);
  if (twin) {
    const params = { label: twin.label, first: twin.line };
    ctx.issues.add({ line: row.line, path: 'entrance_label', message: ctx.t('duplicateEntrance', params) });
  }
  if (differing.length === 0 && !twin) existing.building.entrances.push(newEntrance);
}

function toBuilding(
  texts: RowValues['texts'],
  [lon, lat]: Position,
  line: number,
  entrance: ImportedEntrance,
) {
  return {
    line,
    areaCode: texts.area_code,
    externalId: texts.building_external_id,
    address: texts.address,
    propertyDesignation: texts.property_designation || null,
    name: texts.building_name || null,
    lon,
    lat,
    entrances: [entrance],
  };
}
