import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formulaCell, hostileTexts } from '../../testing/formula-cells';
import { testApp } from '../../testing/test-app';
import { publicSetup, submission, tenantClient } from '../public-reports/test-public';
import { postWorkOrder, workOrderScene } from '../work-orders/test-work-orders';

const cellsOf = (payload: Buffer) => (parse(payload, { delimiter: ';', bom: true }) as string[][]).flat();

describe('CSV exports against formula injection', () => {
  it("writes a tenant's hostile descriptions from the public form as text in the reports CSV", async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    for (const description of hostileTexts) {
      const response = await tenantClient(app).post(
        '/api/public/reports',
        submission(setup.slug, { description }),
      );
      expect(response.statusCode, `${JSON.stringify(description)}: ${response.body}`).toBe(201);
    }
    const csv = await setup.admin.get('/api/reports/export?format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    const cells = cellsOf(csv.rawPayload);
    expect(cells.filter((cell) => formulaCell.test(cell))).toEqual([]);
    const stored = hostileTexts.map((text) => text.trim());
    for (const text of stored) expect(cells).toContain(`'${text}`);
  });

  it('writes hostile work order titles and contractors as text in the work orders CSV', async () => {
    const app = await testApp();
    const { admin, areaId } = await workOrderScene(app);
    for (const title of hostileTexts) {
      await postWorkOrder(admin, { areaId, title: `${title} lampa`, contractor: '@SUM(1+1)|cmd' });
    }
    const csv = await admin.get('/api/work-orders/export?format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    const cells = cellsOf(csv.rawPayload);
    expect(cells.filter((cell) => formulaCell.test(cell))).toEqual([]);
    expect(cells).toContain("'@SUM(1+1)|cmd");
    expect(cells).toContain(`'=HYPERLINK("http://x.example","klicka") lampa`);
  });
});
