import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { crsFromName, toWgs84 } from './crs';

describe('coordinate systems', () => {
  it('converts SWEREF 99 TM to WGS84 as proj4 does with the EPSG definition', () => {
    const [lon, lat] = toWgs84([667000, 6567000], 'EPSG:3006');
    // Checked against an independent proj4 instance, not against the module's own definition.
    const reference = proj4(
      '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
      'WGS84',
      [667000, 6567000],
    );
    expect(lon).toBeCloseTo(reference[0], 6);
    expect(lat).toBeCloseTo(reference[1], 6);
    // South of Stockholm (Huddinge).
    expect(lon).toBeCloseTo(17.925, 2);
    expect(lat).toBeCloseTo(59.209, 2);
  });

  it('leaves WGS84 as it is', () => {
    expect(toWgs84([18.06, 59.33], 'EPSG:4326')).toEqual([18.06, 59.33]);
  });

  it.each([
    ['urn:ogc:def:crs:EPSG::3006', 'EPSG:3006'],
    ['EPSG:3006', 'EPSG:3006'],
    ['http://www.opengis.net/def/crs/EPSG/0/3006', 'EPSG:3006'],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', 'EPSG:4326'],
    ['urn:ogc:def:crs:EPSG::4326', 'EPSG:4326'],
    ['EPSG:3857', null],
    ['EPSG:30060', null],
  ])('reads the crs name %s', (name, expected) => {
    expect(crsFromName(name)).toBe(expected);
  });
});
