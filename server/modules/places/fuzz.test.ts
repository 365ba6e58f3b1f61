import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { organizationWithPlaces } from './test-places';

/** Values shaped like what the routes expect, so random bodies get past the schema now and then. */
function plausibleBody(ids: string[]) {
  const id = fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.string());
  const coordinate = fc.oneof(fc.double(), fc.integer({ min: -200, max: 7_000_000 }));
  const ring = fc.array(fc.tuple(coordinate, coordinate), { minLength: 0, maxLength: 6 });
  const geometry = fc.record({
    type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point'),
    coordinates: fc.array(ring),
  });
  const text = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    fc.constantFrom('', 'a\u0000b', 'a\ud800b'),
    fc.string({ minLength: 300 }),
  );
  return fc.record(
    {
      name: text,
      code: text,
      classification: fc.constantFrom('utsatt', 'riskomrade', 'x', null),
      geometry: fc.oneof(geometry, fc.constant(null), fc.anything()),
      areaId: id,
      buildingId: id,
      entranceId: id,
      address: text,
      externalId: fc.oneof(text, fc.constant(null)),
      label: text,
      doorNumber: text,
      objectId: text,
      lon: coordinate,
      lat: coordinate,
      geojson: fc.oneof(
        text,
        fc.jsonValue().map((v) => JSON.stringify(v)),
      ),
      csv: text,
      crs: fc.constantFrom('EPSG:4326', 'EPSG:3006', 'EPSG:3857'),
      dryRun: fc.boolean(),
    },
    { requiredKeys: [] },
  );
}

describe('places routes under random input', () => {
  it('never answer with a 5xx', async () => {
    const app = await testApp();
    const places = await organizationWithPlaces(app);
    const other = await organizationWithPlaces(app);
    const ids = [
      places.areaId,
      places.buildingId,
      places.entranceId,
      places.apartmentId,
      other.areaId,
      other.buildingId,
    ];
    const routes = [
      ['POST', '/api/areas'],
      ['PATCH', `/api/areas/${places.areaId}`],
      ['POST', '/api/buildings'],
      ['PATCH', `/api/buildings/${places.buildingId}`],
      ['POST', '/api/entrances'],
      ['PATCH', `/api/entrances/${places.entranceId}`],
      ['POST', '/api/apartments'],
      ['PATCH', `/api/apartments/${places.apartmentId}`],
      ['POST', '/api/import/areas'],
      ['POST', '/api/import/buildings'],
      ['POST', `/api/areas/${places.areaId}/archive`],
    ] as const;
    const body = fc.oneof(plausibleBody(ids), fc.jsonValue());
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async ([method, url], payload) => {
        const response = await places.admin.request({ method, url, payload: payload as object });
        expect(
          response.statusCode,
          `${method} ${url} ${JSON.stringify(payload)} → ${response.body}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
