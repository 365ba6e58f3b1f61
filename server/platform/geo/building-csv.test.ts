import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../testing/import-issues';
import { buildingCsvColumns, parseBuildingCsv, parseDecimal } from './building-csv';
import { ImportError } from './import-error';
import { importMessages } from './import-messages';

const t = importMessages('en');
const header =
  'area_code,building_external_id,address,property_designation,building_name,building_x,building_y,entrance_label,entrance_x,entrance_y';

describe('parseBuildingCsv', () => {
  it('groups rows with the same building id into one building with its entrances', () => {
    const csv = [
      header,
      'N1,B-1,"Storgatan 1, Huddinge",Huddinge 1:2,Hus 1,17.95,59.21,A,17.9501,59.2101',
      'N1,B-1,"Storgatan 1, Huddinge",Huddinge 1:2,Hus 1,17.95,59.21,B,17.9502,59.2102',
      'N1,B-2,Storgatan 3,,,17.96,59.22,A,17.9601,59.2201',
    ].join('\n');
    const buildings = parseBuildingCsv(csv, { t });
    expect(buildings).toHaveLength(2);
    expect(buildings[0]).toMatchObject({
      line: 2,
      areaCode: 'N1',
      address: 'Storgatan 1, Huddinge',
      name: 'Hus 1',
    });
    expect(buildings[0].entrances.map((e) => [e.line, e.label])).toEqual([
      [2, 'A'],
      [3, 'B'],
    ]);
    expect(buildings[1]).toMatchObject({ propertyDesignation: null, name: null, lon: 17.96 });
  });

  it('accepts semicolons, decimal commas, CRLF and a byte order mark', () => {
    const csv = `\uFEFF${header.replaceAll(',', ';')}\r\nN1;B-1;Storgatan 1;;;17,95;59,21;A;17,9501;59,2101\r\n`;
    expect(parseBuildingCsv(csv, { t })[0]).toMatchObject({ areaCode: 'N1', lon: 17.95, lat: 59.21 });
  });

  it('converts SWEREF 99 TM when chosen', () => {
    const csv = `${header}\nN1,B-1,Storgatan 1,,,667000,6567000,A,667010,6567010`;
    const [building] = parseBuildingCsv(csv, { t, crs: 'EPSG:3006' });
    expect(building.lon).toBeCloseTo(17.925, 2);
    expect(building.lat).toBeCloseTo(59.209, 2);
  });

  it('names unknown and missing columns', () => {
    const issues = issuesOf(() => parseBuildingCsv('area_code,address,colour\nN1,x,red', { t }));
    expect(issues[0]).toMatchObject({ line: 1, message: expect.stringContaining('colour') });
    expect(issues[1]).toMatchObject({ line: 1, message: expect.stringContaining('building_external_id') });
  });

  it('reports each bad row with its line and column', () => {
    const csv = [
      header,
      ',B-1,Storgatan 1,,,17.95,59.21,A,17.95,59.21',
      'N1,B-2,Storgatan 2,,,east,59.21,A,17.95,59.21',
      'N1,B-3,Storgatan 3,,,667000,6567000,A,667000,6567000',
      'N1,B-4,Storgatan 4,,,17.95,59.21,A,17.95,59.21',
      'N1,B-4,Storgatan 5,,,17.95,59.21,A,17.95,59.21',
      'N1,B-5,Storgatan 5,,,17.95,59.21',
    ].join('\n');
    const issues = issuesOf(() => parseBuildingCsv(csv, { t }));
    expect(issues.map((issue) => [issue.line, issue.path])).toEqual([
      [2, 'area_code'],
      [3, 'building_x'],
      [4, 'building_x, building_y'],
      [4, 'entrance_x, entrance_y'],
      [6, 'address'],
      [6, 'entrance_label'],
      [7, 'csv'],
    ]);
    expect(issues[2].message).toContain('SWEREF 99 TM');
  });

  it('reports an unclosed quote with its line', () => {
    const issues = issuesOf(() => parseBuildingCsv(`${header}\nN1,B-1,"Storgatan 1,,,1,2,A,1,2`, { t }));
    expect(issues[0]).toMatchObject({ path: 'csv' });
  });

  it('reads decimals with a point or a comma and nothing else', () => {
    expect(parseDecimal('17,5')).toBe(17.5);
    expect(parseDecimal('-17.5')).toBe(-17.5);
    expect(parseDecimal('1e3')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });

  it('throws nothing but ImportError on arbitrary text', () => {
    const cell = fc.oneof(fc.string(), fc.double().map(String), fc.constantFrom('N1', '"', ';', ',', '\n'));
    const rows = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 6 });
    const csv = rows.map((r) => [header, ...r.map((cells) => cells.join(','))].join('\n'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), csv), (text) => {
        try {
          parseBuildingCsv(text, { t });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lists every column it accepts', () => {
    expect(buildingCsvColumns).toHaveLength(10);
  });
});
