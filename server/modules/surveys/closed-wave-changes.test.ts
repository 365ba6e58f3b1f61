import { and, eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { rows, surveySetup } from '../public-surveys/test-surveys';
import { toCsv, utf8 } from './import/test-csv';
import { importForm } from './test-import';
import { flushTestSheets } from './testing';

// The worker's database starts (and migrates) once; that is not part of any test's time.
beforeAll(async () => {
  await testApp();
});

const paper = (areaId: string, extra: object = {}) => ({
  submissionId: crypto.randomUUID(),
  areaId,
  answers: { safety_evening_area: 2, safety_stairwell: 4 },
  ...extra,
});

async function auditOf(organizationId: string, action: string) {
  const app = await testApp();
  return app.db
    .select({ after: auditLog.after, entityId: auditLog.entityId })
    .from(auditLog)
    .where(and(eq(auditLog.organizationId, organizationId), eq(auditLog.action, action)));
}

const responseCount = async (organizationId: string) =>
  (
    await rows<{ n: number }>(
      await testApp(),
      sql`select count(*)::int as n from survey_responses where organization_id = ${organizationId}`,
    )
  )[0]?.n;

describe('changing a closed (published) wave', () => {
  it('takes a paper answer into a closed wave only with a reason, audits it and marks the results changed', async () => {
    const app = await testApp();
    const setup = await surveySetup(app, { status: 'closed' });
    const url = `/api/survey-waves/${setup.wave.id}/paper-responses`;
    const detailUrl = `/api/survey-waves/${setup.wave.id}`;
    expect((await setup.admin.get(detailUrl)).json().changedAfterPublicationAt).toBeNull();

    const bare = await setup.admin.post(url, paper(setup.areaId));
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.issues).toEqual([
      { path: 'reason', message: expect.stringMatching(/give a reason/) },
    ]);
    const blank = await setup.admin.post(url, paper(setup.areaId, { reason: '   ' }));
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.issues[0].path).toBe('reason');
    expect(await responseCount(setup.organizationId)).toBe(0);

    const sheet = paper(setup.areaId, { reason: 'Blanketter från träffen i lokalen kom in sent' });
    const keyed = await setup.admin.post(url, sheet);
    expect(keyed.statusCode, keyed.body).toBe(201);
    await flushTestSheets(app);
    expect(await responseCount(setup.organizationId)).toBe(1);
    expect(await auditOf(setup.organizationId, 'paper_after_close')).toEqual([
      {
        entityId: setup.wave.id,
        after: { reason: 'Blanketter från träffen i lokalen kom in sent', areaId: setup.areaId },
      },
    ]);
    // A retry of the same sheet stores and audits nothing more.
    expect((await setup.admin.post(url, sheet)).statusCode).toBe(200);
    expect(await auditOf(setup.organizationId, 'paper_after_close')).toHaveLength(1);

    const detail = (await setup.admin.get(detailUrl)).json();
    expect(Date.parse(detail.changedAfterPublicationAt)).toBeGreaterThan(Date.now() - 60_000);
    const listed = (await setup.admin.get('/api/survey-waves')).json().items;
    expect(listed[0].changedAfterPublicationAt).toBe(detail.changedAfterPublicationAt);
    const analysis = await setup.admin.get(
      `/api/survey-analysis/areas/${setup.areaId}?waveId=${setup.wave.id}`,
    );
    expect(analysis.statusCode, analysis.body).toBe(200);
    expect(analysis.json().wave.changedAfterPublicationAt).toBe(detail.changedAfterPublicationAt);
    const overview = (await setup.admin.get('/api/survey-analysis/overview')).json();
    expect(overview.waves[0].changedAfterPublicationAt).toBe(detail.changedAfterPublicationAt);
  });

  it('needs no reason while the wave is open, and leaves it unmarked', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const url = `/api/survey-waves/${setup.wave.id}/paper-responses`;
    expect((await setup.admin.post(url, paper(setup.areaId))).statusCode).toBe(201);
    expect(
      (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json().changedAfterPublicationAt,
    ).toBeNull();
  });

  it('reopens a closed wave only with a reason, audited, and marks it changed after publication', async () => {
    const app = await testApp();
    const setup = await surveySetup(app, { status: 'closed' });
    const url = `/api/survey-waves/${setup.wave.id}`;
    const bare = await setup.admin.patch(url, { status: 'open' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.issues[0].path).toBe('reason');
    expect((await setup.admin.get(url)).json().status).toBe('closed');
    expect(bare.json().error.issues[0].message).toMatch(/give a reason/);

    const reopened = await setup.admin.patch(url, {
      status: 'open',
      reason: 'Fel slutdatum, en vecka för tidigt',
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'open', changedAfterPublicationAt: expect.any(String) });
    expect(await auditOf(setup.organizationId, 'reopen')).toEqual([
      { entityId: setup.wave.id, after: { reason: 'Fel slutdatum, en vecka för tidigt' } },
    ]);
    // Closing again needs no reason; the mark stays.
    const closed = await setup.admin.patch(url, { status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed', changedAfterPublicationAt: expect.any(String) });
    // The workbook says so beside the wave's name.
    const xlsx = await setup.admin.get(`/api/survey-analysis/export.xlsx?waveId=${setup.wave.id}`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const day = closed.json().changedAfterPublicationAt.slice(0, 10);
    expect(workbook.getWorksheet('Buildings')?.getCell('A1').value).toBe(
      `Buildings, Safety index, Testenkät (changed after publication ${day})`,
    );
  });

  it('imports answers into a closed wave only with a reason, audited', async () => {
    const app = await testApp();
    const setup = await surveySetup(app, { status: 'closed' });
    const [place] = await rows<{ code: string }>(
      app,
      sql`select code from areas where organization_id = ${setup.organizationId} and id = ${setup.areaId}`,
    );
    const file = utf8(
      toCsv(
        [
          ['Område', 'Trygghet kvällstid'],
          [place?.code ?? '', 'Mycket bra'],
        ],
        ',',
      ),
    );
    const mapping = {
      areaCode: 0,
      buildingExternalId: null,
      entranceLabel: null,
      answered: { month: '2026-10' },
      questions: { safety_evening_area: 1 },
      scaleCodes: {},
    };
    const url = `/api/survey-waves/${setup.wave.id}/import`;
    const bare = await setup.admin.request({ method: 'POST', url, ...importForm(file, mapping) });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.issues[0].path).toBe('reason');
    expect(await responseCount(setup.organizationId)).toBe(0);
    const done = await setup.admin.request({
      method: 'POST',
      url,
      ...importForm(file, mapping, 'Leverantörens fil kom efter publiceringen'),
    });
    expect(done.statusCode, done.body).toBe(201);
    expect(await auditOf(setup.organizationId, 'import_after_close')).toEqual([
      {
        entityId: setup.wave.id,
        after: { reason: 'Leverantörens fil kom efter publiceringen', responses: 1 },
      },
    ]);
    expect(
      (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json().changedAfterPublicationAt,
    ).not.toBeNull();
  });
});
