import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reportCategories } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from './test-setup';

const hours = (base: Date, h: number) => new Date(base.getTime() + h * 3600_000);

describe('export of reports', () => {
  it('writes a semicolon CSV with a BOM, without contact details, under the filters', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({
      description: 'Lampa; "trasig", åäö',
      reporterEmail: 'secret@example.org',
      reporterName: 'Amina',
    });
    await org.report({ status: 'done' });
    const response = await org.admin.get('/api/reports/export?format=csv&status=new');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="reports-.*\.csv"$/);
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(response.body).not.toContain('secret@example.org');
    expect(response.body).not.toContain('Amina');
    const rows: string[][] = parse(response.rawPayload, { delimiter: ';', bom: true });
    expect(rows[0][0]).toBe('Tracking code');
    expect(rows).toHaveLength(2);
    expect(rows[1][0]).toBe(report.trackingCode);
    expect(rows[1][6]).toBe('Lampa; "trasig", åäö');
    expect(rows[1][5]).toBe('');
  });

  it('writes an XLSX that reads back, leaving restricted reports out for those who may not read them', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report();
    await org.report({ categoryId: org.disturbance.id, restricted: true });
    const safety = await org.login('safety_coordinator');
    const response = await safety.get('/api/reports/export?format=xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(report.trackingCode);
    expect(sheet.getRow(2).getCell(2).value).toBeInstanceOf(Date);
    const adminExport = await org.admin.get('/api/reports/export?format=xlsx');
    await workbook.xlsx.load(adminExport.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount).toBe(3);
  });

  it('refuses those without report.export and a bad format', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    expect((await (await org.login('viewer')).get('/api/reports/export?format=csv')).statusCode).toBe(403);
    const bad = await org.admin.get('/api/reports/export?format=pdf');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toContain('format');
  });
});

describe('figures per area and month', () => {
  it('gives reports in, medians to first response and done, and the share done in time', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    await app.db
      .update(reportCategories)
      .set({ targetDays: 2 })
      .where(eq(reportCategories.id, org.lighting.id));
    const march = new Date('2026-03-10T10:00:00Z');
    await org.report({
      createdAt: march,
      firstResponseAt: hours(march, 2),
      status: 'done',
      closedAt: hours(march, 24),
    });
    await org.report({
      createdAt: march,
      firstResponseAt: hours(march, 4),
      status: 'done',
      closedAt: hours(march, 72),
    });
    await org.report({ createdAt: march, firstResponseAt: hours(march, 6), status: 'accepted' });
    await org.report({ createdAt: new Date('2026-04-02T10:00:00Z') });
    // Just after midnight on 1 March in Stockholm is still February in UTC.
    await org.report({ createdAt: new Date('2026-02-28T23:30:00Z') });
    const response = await org.admin.get('/api/reports/figures?from=2026-02-01&to=2026-04-30');
    expect(response.statusCode, response.body).toBe(200);
    const rows = response.json().rows;
    expect(rows.map((r: { month: string; reportsIn: number }) => [r.month, r.reportsIn])).toEqual([
      ['2026-03', 4],
      ['2026-04', 1],
    ]);
    expect(rows[0]).toMatchObject({
      areaId: org.areaId,
      medianHoursToFirstResponse: 4,
      medianHoursToDone: 48,
      done: 2,
      doneWithinTarget: 1,
      shareDoneWithinTarget: 0.5,
    });
    expect(rows[1]).toMatchObject({ medianHoursToFirstResponse: null, done: 0, shareDoneWithinTarget: null });
  });

  it('refuses those without report.figures, and bad dates', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    expect((await (await org.login('field_staff')).get('/api/reports/figures')).statusCode).toBe(403);
    expect((await org.admin.get('/api/reports/figures?from=2026-13-01')).statusCode).toBe(400);
  });
});
