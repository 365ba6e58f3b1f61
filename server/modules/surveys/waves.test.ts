import { beforeAll, describe, expect, it } from 'vitest';
import { defaultQuestions } from '../../../common/surveys/question-bank';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createPlaces, organizationWithPlaces } from '../places/test-places';
import { addTestResponses, createTestWave } from './testing';

// The worker's database starts (and migrates) once; that is not part of any test's time.
beforeAll(() => testApp());

const wave = (areaIds: string[]) => ({
  name: 'Trygghetsmätning 2026',
  kind: 'wave',
  startsOn: '2026-10-01',
  areaIds,
});

describe('survey waves', () => {
  it('creates a draft wave with the default questionnaire, lists it and reads it with rates', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId } = await organizationWithPlaces(app);
    const created = await admin.post('/api/survey-waves', wave([areaId]));
    expect(created.statusCode, created.body).toBe(201);
    const detail = created.json();
    expect(detail).toMatchObject({
      status: 'draft',
      kind: 'wave',
      endsOn: null,
      codesIssued: 0,
      responseRate: null,
    });
    expect(detail.questionKeys).toEqual(defaultQuestions.map((q) => q.key));
    expect(detail.abilities).toContain('survey.manage');
    expect(detail.rates).toEqual([
      expect.objectContaining({
        areaId,
        households: 1,
        codesIssued: 0,
        responses: 0,
        buildings: [expect.objectContaining({ buildingId, address: 'Storgatan 1', households: 1 })],
      }),
    ]);
    const list = await admin.get('/api/survey-waves');
    expect(list.json().items).toEqual([
      expect.objectContaining({ id: detail.id, areas: [{ id: areaId, name: expect.any(String) }] }),
    ]);
  });

  it('counts responses per channel and building from the database', async () => {
    const app = await testApp();
    const { admin, areaId, buildingId } = await organizationWithPlaces(app);
    const row = await createTestWave(app, { organizationId: admin.organizationId, areaIds: [areaId] });
    await addTestResponses(app.db, row, [
      { areaId, buildingId, channel: 'paper', answers: { safety_stairwell: 1 } },
      { areaId, channel: 'open_link', answers: { safety_stairwell: 2 } },
      { areaId, buildingId, channel: 'code', answers: { safety_stairwell: 3 } },
    ]);
    const detail = (await admin.get(`/api/survey-waves/${row.id}`)).json();
    expect(detail.responses).toBe(3);
    expect(detail.rates[0]).toMatchObject({ responses: 3, paperResponses: 1, openLinkResponses: 1 });
    // Two answers in the building: shown in steps of five (open-link-figures.test.ts).
    expect(detail.rates[0].buildings[0]).toMatchObject({ responses: 0 });
  });

  it('patches name, end date and status, and rejects an end before the start naming endsOn', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const id = (await admin.post('/api/survey-waves', wave([areaId]))).json().id;
    const patched = await admin.patch(`/api/survey-waves/${id}`, {
      name: 'Ny',
      endsOn: '2026-10-31',
      status: 'open',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ name: 'Ny', endsOn: '2026-10-31', status: 'open' });
    const bad = await admin.patch(`/api/survey-waves/${id}`, { endsOn: '2026-09-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('endsOn');
    const draft = await admin.patch(`/api/survey-waves/${id}`, { status: 'draft' });
    expect(draft.statusCode).toBe(400);
    expect(draft.json().error.issues[0].path).toBe('status');
  });

  it('names the field of bad input: unknown area, duplicate area, unknown question, missing name', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const other = await organizationWithPlaces(app);
    const cases: [object, string][] = [
      [wave([areaId, other.areaId]), 'areaIds.1'],
      [wave([areaId, areaId]), 'areaIds.1'],
      [{ ...wave([areaId]), questionKeys: ['safety_stairwell', 'no_such_question'] }, 'questionKeys.1'],
      [{ ...wave([areaId]), name: '' }, 'name'],
      [{ ...wave([]) }, 'areaIds'],
      [{ ...wave([areaId]), kind: 'yearly' }, 'kind'],
      [{ ...wave([areaId]), endsOn: '2026-01-01' }, 'endsOn'],
    ];
    for (const [body, path] of cases) {
      const response = await admin.post('/api/survey-waves', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
  });

  it("answers 404 for another organization's wave and hides it from their list", async () => {
    const app = await testApp();
    const owner = await organizationWithPlaces(app);
    const stranger = (await organizationWithPlaces(app)).admin;
    const id = (await owner.admin.post('/api/survey-waves', wave([owner.areaId]))).json().id;
    expect((await stranger.get(`/api/survey-waves/${id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/survey-waves/${id}`, { name: 'x' })).statusCode).toBe(404);
    expect((await stranger.get('/api/survey-waves')).json().items).toEqual([]);
  });

  it('scopes waves to the actor’s areas: sees waves covering one of them, rates only for them', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const second = await createPlaces(admin);
    const third = await createPlaces(admin);
    const both = (await admin.post('/api/survey-waves', wave([areaId, second.areaId]))).json().id;
    const elsewhere = (await admin.post('/api/survey-waves', wave([third.areaId]))).json().id;
    const manager = await loginAs(app, 'area_manager', {
      organizationId: admin.organizationId,
      areaIds: [areaId],
    });
    const list = (await manager.get('/api/survey-waves')).json().items;
    expect(list.map((item: { id: string }) => item.id)).toEqual([both]);
    expect(list[0].areas.map((a: { id: string }) => a.id)).toEqual([areaId]);
    const detail = (await manager.get(`/api/survey-waves/${both}`)).json();
    expect(detail.rates.map((r: { areaId: string }) => r.areaId)).toEqual([areaId]);
    expect(detail.abilities).toEqual(expect.arrayContaining(['survey.read', 'survey.key_paper']));
    expect(detail.abilities).not.toContain('survey.manage');
    expect((await manager.get(`/api/survey-waves/${elsewhere}`)).statusCode).toBe(404);
    expect((await manager.patch(`/api/survey-waves/${both}`, { name: 'x' })).statusCode).toBe(403);
    expect((await manager.post('/api/survey-waves', wave([areaId]))).statusCode).toBe(403);
    const partner = await loginAs(app, 'partner', { organizationId: admin.organizationId });
    // Partners may read no survey at all: refused by role, whatever the id.
    expect((await partner.get(`/api/survey-waves/${both}`)).statusCode).toBe(403);
    expect((await partner.get('/api/survey-waves')).statusCode).toBe(403);
  });
});
