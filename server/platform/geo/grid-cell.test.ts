import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridCellCentre } from './grid-cell';

/** Great-circle distance in metres (haversine), independent of the code under test. */
function metres(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}

// Sweden and a margin: where the housing companies are.
const swedishPoint = fc.record({
  lat: fc.double({ min: 55, max: 69.5, noNaN: true }),
  lon: fc.double({ min: 10, max: 24.5, noNaN: true }),
});

describe('gridCellCentre', () => {
  it('moves a point to its cell centre, never more than half the cell diagonal away', () => {
    fc.assert(
      fc.property(swedishPoint, fc.constantFrom(100, 250, 500), (point, cell) => {
        const centre = gridCellCentre(point, cell);
        // Half the diagonal of a cell, with the rows' widening toward the equator (< 2 % here).
        expect(metres(point, centre)).toBeLessThanOrEqual(cell * Math.SQRT1_2 * 1.05);
      }),
    );
  });

  it('gives two points of one cell the same centre, and snapping twice changes nothing', () => {
    fc.assert(
      fc.property(swedishPoint, (point) => {
        const centre = gridCellCentre(point, 100);
        expect(gridCellCentre(centre, 100)).toEqual(centre);
      }),
    );
  });

  it('makes cells at least as large as asked: neighbouring centres are a cell apart or more', () => {
    const centre = gridCellCentre({ lat: 59.2105, lon: 17.9512 }, 100);
    const north = gridCellCentre({ lat: centre.lat + 0.0009, lon: centre.lon }, 100);
    const east = gridCellCentre({ lat: centre.lat, lon: centre.lon + 0.0018 }, 100);
    expect(north).not.toEqual(centre);
    expect(east).not.toEqual(centre);
    expect(metres(centre, north)).toBeGreaterThanOrEqual(99.9);
    expect(metres(centre, east)).toBeGreaterThanOrEqual(99.9);
    // Two doors 30 m apart in one block are published as the same point.
    expect(gridCellCentre({ lat: 59.21, lon: 17.95 }, 100)).toEqual(
      gridCellCentre({ lat: 59.21, lon: 17.9502 }, 100),
    );
  });

  it('refuses cells under 100 m, which could name a single entrance', () => {
    expect(() => gridCellCentre({ lat: 59, lon: 18 }, 50)).toThrow(RangeError);
    expect(() => gridCellCentre({ lat: 59, lon: 18 }, Number.NaN)).toThrow(RangeError);
  });
});
