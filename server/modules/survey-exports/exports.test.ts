import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { clientFor, createOrganization, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { suppressedMark } from './labels';
import { exportFixture } from './test-exports';

async function workbookOf(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet
    .getSheetValues()
    .filter(Boolean)
    .map((row) => (row as ExcelJS.CellValue[]).slice(1));

/** pdfkit writes non-ASCII info strings (title) as UTF-16BE with a byte-order mark, uncompressed. */
const pdfInfoString = (text: string) =>
  `(${Buffer.from(`\ufeff${text}`, 'utf16le').swap16().toString('latin1')})`;

describe('survey exports', () => {
  beforeAll(() => testApp());

  it('writes a workbook with a sheet per measure, buildings and breakdowns, "–" for suppressed cells', async () => {
    const app = await testApp();
    const { admin, wave } = await exportFixture(app);
    const response = await admin.get(`/api/survey-analysis/export.xlsx?waveId=${wave.id}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.xlsx"$/);
    const workbook = await workbookOf(response.rawPayload);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Safety index', 'Buildings', 'Background']));

    const index = rowsOf(workbook.getWorksheet('Safety index') as ExcelJS.Worksheet);
    expect(index[1].slice(0, 4)).toEqual(['Area', 'Wave', 'Share good', '95 % CI, lower']);
    const latest = index.find((row) => row[0] === 'Östra Fältet' && row[1] === 'Hösten 2026');
    expect(latest?.[2]).toBeCloseTo(16 / 20);
    expect(latest?.[5]).toBe(20);
    expect(latest?.[6]).toBeCloseTo((16 / 20 - 20 / 40) * 100);
    expect(latest?.[9]).toBe('certain increase');
    expect(index.at(-1)?.[0]).toMatch(/^– = fewer than 5 answers/);

    const buildings = rowsOf(workbook.getWorksheet('Buildings') as ExcelJS.Worksheet);
    const byAddress = Object.fromEntries(buildings.map((row) => [row[1], row.slice(2, 6)]));
    expect(byAddress['Storgatan 1'][0]).toBeCloseTo(10 / 12);
    expect(byAddress['Lillgatan 2']).toEqual([
      suppressedMark,
      suppressedMark,
      suppressedMark,
      suppressedMark,
    ]);
  });

  it('writes Swedish sheets for a Swedish user', async () => {
    const app = await testApp();
    const { organizationId } = await exportFixture(app);
    const user = await createUser(app, { organizationId, role: 'viewer', locale: 'sv' });
    const viewer = await clientFor(app, user.id, organizationId);
    const response = await viewer.get('/api/survey-analysis/export.xlsx');
    expect(response.statusCode).toBe(200);
    const workbook = await workbookOf(response.rawPayload);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(['Trygghetsindex', 'Byggnader', 'Bakgrund']),
    );
    const index = rowsOf(workbook.getWorksheet('Trygghetsindex') as ExcelJS.Worksheet);
    expect(index.find((row) => row[1] === 'Hösten 2026')?.[9]).toBe('säker ökning');
    expect(index.at(-1)?.[0]).toMatch(/^– = färre än 5 svar/);
  });

  it('renders the area report as a PDF with the area name, charts and several pages', async () => {
    const app = await testApp();
    const { admin, areaId, wave } = await exportFixture(app);
    const response = await admin.get(`/api/survey-analysis/areas/${areaId}/report.pdf?waveId=${wave.id}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="ostra-faltet-2026-10.pdf"');
    const pdf = response.rawPayload.toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf).toContain(pdfInfoString('Safety survey: Östra Fältet'));
    expect(pdf.match(/\/Type \/Page\b/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it('answers 404 for another organization’s area or wave, and 403 to those who read no figures', async () => {
    const app = await testApp();
    const { admin, areaId, wave, organizationId } = await exportFixture(app);
    const stranger = await loginAs(app, 'admin', { organizationId: (await createOrganization(app)).id });
    expect((await stranger.get(`/api/survey-analysis/areas/${areaId}/report.pdf`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/survey-analysis/export.xlsx?waveId=${wave.id}`)).statusCode).toBe(404);
    const other = await exportFixture(app);
    const foreignWave = await admin.get(
      `/api/survey-analysis/areas/${areaId}/report.pdf?waveId=${other.wave.id}`,
    );
    expect(foreignWave.statusCode).toBe(404);
    const partner = await loginAs(app, 'partner', { organizationId });
    expect((await partner.get('/api/survey-analysis/export.xlsx')).statusCode).toBe(403);
  });
});
