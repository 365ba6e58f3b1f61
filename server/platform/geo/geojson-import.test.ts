import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/import-issues';
import { parseAreaGeoJson } from './geojson-import';
import { ImportError } from './import-error';
import { importMessages } from './import-messages';

const t = importMessages('en');
const square = (x: number, y: number, d: number) => [
  [
    [x, y],
    [x + d, y],
    [x + d, y + d],
    [x, y + d],
    [x, y],
  ],
];
const feature = (properties: Record<string, unknown>, coordinates: unknown = square(18, 59.3, 0.01)) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'Polygon', coordinates },
});
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

describe('parseAreaGeoJson', () => {
  it('reads polygons with name, code and classification', () => {
    const areas = parseAreaGeoJson(
      collection(feature({ name: 'Norr', code: 'N1', classification: 'utsatt' })),
      { t },
    );
    expect(areas).toEqual([
      {
        index: 0,
        name: 'Norr',
        code: 'N1',
        classification: 'utsatt',
        geometry: expect.objectContaining({ type: 'Polygon' }),
      },
    ]);
  });

  it('names the line of a JSON syntax error', () => {
    const issues = issuesOf(() => parseAreaGeoJson('{\n "type": "FeatureCollection",\n }', { t }));
    expect(issues[0]).toMatchObject({ line: 3, path: 'geojson' });
  });

  it('reports each bad feature by index and field', () => {
    const text = collection(
      feature({ name: 'A', code: 'A', colour: 'red' }),
      feature({ code: 'B' }),
      feature({ name: 'C', code: 'A' }),
      feature({ name: 'D', code: 'D' }, [
        [
          [18, 59],
          [18.1, 59],
          [18, 59],
        ],
      ]),
      feature({ name: 'E', code: 'E' }, [
        [
          [18, 59],
          [18.1, 59],
          [18.1, 59.1],
          [18, 59.1],
        ],
      ]),
      {
        type: 'Feature',
        properties: { name: 'F', code: 'F' },
        geometry: { type: 'Point', coordinates: [18, 59] },
      },
      feature({ name: 'G', code: 'G', classification: 'bad' }),
    );
    const issues = issuesOf(() => parseAreaGeoJson(text, { t }));
    expect(issues.map((issue) => issue.path)).toEqual([
      'features[0].properties',
      'features[1].properties.name',
      'features[3].geometry.coordinates[0]',
      'features[4].geometry.coordinates[0]',
      'features[5].geometry.type',
      'features[6].properties.classification',
    ]);
    expect(issues[0].message).toContain('colour');
    expect(issues[0].message).toContain('name, code, classification');
  });

  it('reports a code used twice in the file', () => {
    const issues = issuesOf(() =>
      parseAreaGeoJson(collection(feature({ name: 'A', code: 'X' }), feature({ name: 'B', code: 'X' })), {
        t,
      }),
    );
    expect(issues).toEqual([
      { path: 'features[1].properties.code', message: expect.stringContaining('features[0]') },
    ]);
  });

  it('refuses SWEREF-looking coordinates without a declared system instead of guessing', () => {
    const text = collection(feature({ name: 'A', code: 'A' }, square(667000, 6567000, 100)));
    const issues = issuesOf(() => parseAreaGeoJson(text, { t }));
    expect(issues[0].message).toContain('SWEREF 99 TM');
  });

  it('converts SWEREF 99 TM declared in the file or in the request', () => {
    const features = [feature({ name: 'A', code: 'A' }, square(667000, 6567000, 100))];
    const crs = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3006' } };
    const fromFile = parseAreaGeoJson(JSON.stringify({ type: 'FeatureCollection', crs, features }), { t });
    const fromRequest = parseAreaGeoJson(collection(...features), { t, crs: 'EPSG:3006' });
    expect(fromFile).toEqual(fromRequest);
    const [lon, lat] = (fromFile[0].geometry.coordinates[0] as number[][])[0];
    expect(lon).toBeCloseTo(17.925, 2);
    expect(lat).toBeCloseTo(59.209, 2);
  });

  it('reports coordinates outside the declared system', () => {
    const text = collection(feature({ name: 'A', code: 'A' }, square(18, 59, 0.1)));
    expect(issuesOf(() => parseAreaGeoJson(text, { t, crs: 'EPSG:3006' }))[0].message).toContain(
      'SWEREF 99 TM',
    );
  });

  it('answers in Swedish', () => {
    const issues = issuesOf(() =>
      parseAreaGeoJson(collection(feature({ code: 'A' })), { t: importMessages('sv') }),
    );
    expect(issues[0].message).toBe('måste anges');
  });

  it('throws nothing but ImportError on arbitrary text and JSON', () => {
    const json = fc.jsonValue().map((value) => JSON.stringify(value));
    const shaped = fc
      .array(fc.record({ type: fc.constant('Feature'), properties: fc.anything(), geometry: fc.anything() }))
      .map((features) => JSON.stringify({ type: 'FeatureCollection', features }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), json, shaped), (text) => {
        try {
          parseAreaGeoJson(text, { t });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('text that cannot be stored', () => {
  it('is reported, not passed on to the database', () => {
    const text = collection(feature({ name: 'a\u0000b', code: 'A' }));
    const issues = issuesOf(() => parseAreaGeoJson(text, { t }));
    expect(issues).toEqual([
      { path: 'features[0].properties.name', message: 'contains characters that cannot be stored' },
    ]);
  });
});
