import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createArea, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { rows, surveySetup } from '../public-surveys/test-surveys';
import { rollupSource } from './rollups';
import { flushTestSheets } from './testing';

const paper = (areaId: string, extra: object = {}) => ({
  submissionId: crypto.randomUUID(),
  areaId,
  answers: { safety_evening_area: 2, safety_stairwell: 4 },
  background: { yearsInArea: 'years_10_plus' },
  freeText: 'Skrivet på papper',
  ...extra,
});

// The worker's database starts (and migrates) once; that is not part of any test's time.
beforeAll(async () => {
  await testApp();
});

describe('paper answers keyed in by staff', () => {
  it('a safety coordinator keys in a paper form once (channel paper); field staff may not', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: setup.organizationId });
    const url = `/api/survey-waves/${setup.wave.id}/paper-responses`;
    const sheet = paper(setup.areaId, { buildingId: setup.buildingId, entranceId: setup.entranceId });
    const created = await coordinator.post(url, sheet);
    expect(created.statusCode, created.body).toBe(201);
    expect((await coordinator.post(url, sheet)).statusCode).toBe(200);
    await flushTestSheets(app);
    const stored = await rows(
      app,
      sql`select channel, building_id::text, years_in_area, free_text from survey_responses
          where organization_id = ${setup.organizationId}`,
    );
    expect(stored).toEqual([
      {
        channel: 'paper',
        building_id: setup.buildingId,
        years_in_area: 'years_10_plus',
        free_text: 'Skrivet på papper',
      },
    ]);
    const rollups = await rows(
      app,
      sql`select count(*)::int as n from ${rollupSource(setup.organizationId)} r
          where group_key = 'channel:paper'`,
    );
    expect(rollups).toEqual([{ n: 2 }]);

    const fieldStaff = await loginAs(app, 'field_staff', { organizationId: setup.organizationId });
    expect((await fieldStaff.post(url, paper(setup.areaId))).statusCode).toBe(403);
  });

  it('an area manager keys in for their own areas only', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const elsewhere = await createArea(app, setup.organizationId);
    const own = await loginAs(app, 'area_manager', {
      organizationId: setup.organizationId,
      areaIds: [setup.areaId],
    });
    const other = await loginAs(app, 'area_manager', {
      organizationId: setup.organizationId,
      areaIds: [elsewhere.id],
    });
    const url = `/api/survey-waves/${setup.wave.id}/paper-responses`;
    expect((await own.post(url, paper(setup.areaId))).statusCode).toBe(201);
    expect((await other.post(url, paper(setup.areaId))).statusCode).toBe(403);
  });

  it('refuses a place outside the wave or a building of another area, naming the field', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const elsewhere = await createArea(app, setup.organizationId);
    const url = `/api/survey-waves/${setup.wave.id}/paper-responses`;
    const notInWave = await setup.admin.post(url, paper(elsewhere.id));
    expect(notInWave.statusCode).toBe(400);
    expect(notInWave.json().error.issues).toEqual([
      { path: 'areaId', message: 'the area is not part of the survey' },
    ]);
    const second = await surveySetup(app);
    const foreignBuilding = await setup.admin.post(
      url,
      paper(setup.areaId, { buildingId: second.buildingId }),
    );
    expect(foreignBuilding.json().error.issues[0].path).toBe('buildingId');
    const badValue = await setup.admin.post(url, paper(setup.areaId, { answers: { safety_stairwell: 0 } }));
    expect(badValue.json().error.issues[0].path).toBe('answers.safety_stairwell');
    const mapPoints = await setup.admin.post(url, { ...paper(setup.areaId), mapPoints: [] });
    expect(mapPoints.statusCode).toBe(400);
  });

  it("answers 404 for another organization's wave", async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const stranger = await surveySetup(app);
    const response = await stranger.admin.post(
      `/api/survey-waves/${setup.wave.id}/paper-responses`,
      paper(stranger.areaId),
    );
    expect(response.statusCode).toBe(404);
  });
});
