import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { reports } from '../../db/schema';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces } from '../places/test-places';
import { createReport } from '../reports/testing';
import { postWorkOrder, workOrderScene } from './test-work-orders';

describe('work order export', () => {
  it('exports the filtered list as CSV for Swedish Excel and as XLSX', async () => {
    const app = await testApp();
    const { admin, areaId, entranceId, report } = await workOrderScene(app);
    const lamp = await postWorkOrder(admin, {
      areaId,
      entranceId,
      title: 'Byt lampa; entré "A"',
      contractor: 'Elfirman AB',
      reportIds: [report.id],
    });
    await admin.patch(`/api/work-orders/${lamp.id}`, { status: 'done', cost: 1234.5 });
    await postWorkOrder(admin, { areaId, pillar: 'social', title: 'Läxhjälp' });

    // Headers in the user's language (the test users write English).
    const csv = await admin.get('/api/work-orders/export?format=csv&pillar=physical');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(csv.rawPayload, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Number: '1',
      Title: 'Byt lampa; entré "A"',
      Place: 'Storgatan 1, A',
      Contractor: 'Elfirman AB',
      Status: 'done',
      'Cost (SEK)': '1234.5',
      Reports: '1',
    });
    expect(rows[0].Completed).not.toBe('');

    const xlsx = await admin.get('/api/work-orders/export?format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('Number');
    const titles = [sheet.getRow(2).getCell(3).value, sheet.getRow(3).getCell(3).value];
    expect(titles).toEqual(['Läxhjälp', 'Byt lampa; entré "A"']);
  });

  it('exports only from the areas the actor may export from, and not at all for field staff', async () => {
    const app = await testApp();
    const { admin, areaId } = await workOrderScene(app);
    const elsewhere = await createPlaces(admin);
    await postWorkOrder(admin, { areaId, title: 'Här' });
    await postWorkOrder(admin, { areaId: elsewhere.areaId, title: 'Där' });
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    const csv = await manager.get('/api/work-orders/export?format=csv');
    const rows = parse(csv.rawPayload, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.Title)).toEqual(['Här']);
    const caretaker = await loginAs(app, 'field_staff', { organizationId: admin.organizationId });
    expect((await caretaker.get('/api/work-orders/export?format=csv')).statusCode).toBe(403);
    expect((await admin.get('/api/work-orders/export?format=pdf')).statusCode).toBe(400);
  });

  it('counts only the reports the actor may see, in the list, the detail and the export', async () => {
    const app = await testApp();
    const { admin, areaId, report } = await workOrderScene(app);
    const organizationId = admin.organizationId;
    const secret = await createReport(app, { organizationId, areaId, categoryKey: 'disturbance' });
    expect(secret.restricted).toBe(true);
    // Only the social team puts a restricted report into a work order; here it is linked directly.
    const order = await postWorkOrder(admin, { areaId, reportIds: [report.id] });
    await app.db.update(reports).set({ workOrderId: order.id }).where(eq(reports.id, secret.id));
    expect((await admin.get(`/api/work-orders/${order.id}`)).json().reportCount).toBe(2);
    const safety = await loginAs(app, 'safety_coordinator', { organizationId });
    const list = (await safety.get('/api/work-orders')).json();
    expect(list.items.map((w: { reportCount: number }) => w.reportCount)).toEqual([1]);
    expect((await safety.get(`/api/work-orders/${order.id}`)).json().reportCount).toBe(1);
    const csv = await safety.get('/api/work-orders/export?format=csv');
    const rows = parse(csv.rawPayload, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.Reports)).toEqual(['1']);
  });
});
