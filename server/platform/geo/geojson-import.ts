import type { AreaGeometry } from '../../../common/geo';
import { type AreaClassification, areaClassifications } from '../../../common/roles';
import { isStorableText } from '../storable-text';
import { type Crs, crsFromName } from './crs';
import { type GeometryContext, readAreaGeometry } from './geometry-reader';
import { ImportError, IssueList } from './import-error';
import type { Translate } from './import-messages';
import { parseJsonWithPosition } from './json-text';

/** One area read from an import file, already in WGS84. `index` is its place in `features`. */
export type ImportedArea = {
  index: number;
  name: string;
  code: string;
  classification: AreaClassification | null;
  geometry: AreaGeometry;
};

const allowedProperties = ['name', 'code', 'classification'];
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads areas from a GeoJSON FeatureCollection of Polygon/MultiPolygon features. Every problem
 * found is reported at once as an ImportError; nothing else is ever thrown.
 */
export function parseAreaGeoJson(text: string, options: { crs?: Crs; t: Translate }): ImportedArea[] {
  const { t } = options;
  const document = parseJsonWithPosition(text, t);
  if (!isObject(document) || document.type !== 'FeatureCollection' || !Array.isArray(document.features)) {
    throw new ImportError([{ path: 'type', message: t('notFeatureCollection') }]);
  }
  const issues = new IssueList();
  const ctx: GeometryContext = { crs: options.crs ?? fileCrs(document, issues, t), issues, t };
  const areas: ImportedArea[] = [];
  for (const [index, feature] of document.features.entries()) {
    if (issues.full) break;
    const area = readFeature(feature, index, ctx);
    if (area) areas.push(area);
  }
  if (document.features.length === 0) issues.add({ path: 'features', message: t('empty') });
  reportDuplicateCodes(areas, issues, t);
  issues.throwIfAny();
  return areas;
}

/** The system a file declares in its (GeoJSON 2008) `crs` member, if any. */
function fileCrs(document: Record<string, unknown>, issues: IssueList, t: Translate): Crs | undefined {
  if (document.crs === undefined || document.crs === null) return undefined;
  const properties = isObject(document.crs) ? document.crs.properties : undefined;
  const name = isObject(properties) && typeof properties.name === 'string' ? properties.name : '';
  const crs = crsFromName(name);
  if (!crs) issues.add({ path: 'crs.properties.name', message: t('unknownCrs', { name }) });
  return crs ?? undefined;
}

function readFeature(feature: unknown, index: number, ctx: GeometryContext): ImportedArea | null {
  const path = `features[${index}]`;
  if (!isObject(feature) || feature.type !== 'Feature') {
    ctx.issues.add({ path, message: ctx.t('notFeature') });
    return null;
  }
  const properties = isObject(feature.properties) ? feature.properties : {};
  const unknown = Object.keys(properties).filter((key) => !allowedProperties.includes(key));
  if (unknown.length > 0) {
    const params = { names: unknown.join(', '), allowed: allowedProperties.join(', ') };
    ctx.issues.add({ path: `${path}.properties`, message: ctx.t('unknownProperties', params) });
  }
  const name = readText(properties.name, `${path}.properties.name`, 200, ctx);
  const code = readText(properties.code, `${path}.properties.code`, 40, ctx);
  const classification = readClassification(properties.classification, `${path}.properties`, ctx);
  const geometry = readAreaGeometry(feature.geometry, `${path}.geometry`, ctx);
  if (!name || !code || classification === undefined || !geometry || unknown.length > 0) return null;
  return { index, name, code, classification, geometry };
}

function readText(value: unknown, path: string, max: number, ctx: GeometryContext): string | null {
  // Codes are often numbers in files exported from GIS tools; they are the same code as text.
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || text.trim() === '') {
    ctx.issues.add({ path, message: ctx.t('required') });
    return null;
  }
  if (!isStorableText(text)) {
    ctx.issues.add({ path, message: ctx.t('unstorable') });
    return null;
  }
  if (text.trim().length > max) {
    ctx.issues.add({ path, message: ctx.t('tooLong', { max }) });
    return null;
  }
  return text.trim();
}

/** The classification, null when absent, undefined when invalid (already reported). */
function readClassification(value: unknown, path: string, ctx: GeometryContext) {
  if (value === undefined || value === null || value === '') return null;
  if (areaClassifications.includes(value as AreaClassification)) return value as AreaClassification;
  const allowed = areaClassifications.join(', ');
  ctx.issues.add({ path: `${path}.classification`, message: ctx.t('classification', { allowed }) });
  return undefined;
}

function reportDuplicateCodes(areas: ImportedArea[], issues: IssueList, t: Translate): void {
  const firstIndex = new Map<string, number>();
  for (const area of areas) {
    const first = firstIndex.get(area.code);
    if (first === undefined) firstIndex.set(area.code, area.index);
    else {
      const where = `features[${first}]`;
      issues.add({
        path: `features[${area.index}].properties.code`,
        message: t('duplicateInFile', { code: area.code, where }),
      });
    }
  }
}
