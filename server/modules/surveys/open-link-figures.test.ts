import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { tenantClient } from '../public-reports/test-public';
import { issueCode, sheet, surveySetup } from '../public-surveys/test-surveys';
import { addTestApartments, flushTestSheets } from './testing';

// The worker's database starts (and migrates) once; that is not part of any test's time.
beforeAll(async () => {
  await testApp();
});

type Setup = Awaited<ReturnType<typeof surveySetup>>;

async function answerByOpenLink(setup: Setup, times: number) {
  const tenant = tenantClient(await testApp());
  for (let i = 0; i < times; i++) {
    const answered = await tenant.post('/api/public/surveys/responses', {
      ...sheet({ mapPoints: [] }),
      open: { token: setup.openToken },
    });
    expect(answered.statusCode, answered.body).toBe(201);
  }
  await flushTestSheets(await testApp());
}

async function answerByCode(setup: Setup, times: number) {
  const app = await testApp();
  const tenant = tenantClient(app);
  for (let i = 0; i < times; i++) {
    const code = await issueCode(app, setup);
    const answered = await tenant.post('/api/public/surveys/responses', {
      ...sheet({ mapPoints: [] }),
      code,
    });
    expect(answered.statusCode, answered.body).toBe(201);
  }
  await flushTestSheets(await testApp());
}

describe('open-link answers in the figures', () => {
  it('counts them as open-link answers and shows staff their share of the area’s answers', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    await addTestApartments(setup.admin, setup.entranceId, 9); // 10 households with the setup's one
    await answerByOpenLink(setup, 6);
    await answerByCode(setup, 2);
    const analysis = await setup.admin.get(
      `/api/survey-analysis/areas/${setup.areaId}?waveId=${setup.wave.id}`,
    );
    expect(analysis.statusCode, analysis.body).toBe(200);
    expect(analysis.json().openLinks).toEqual({ responses: 8, openLinkResponses: 6, share: 0.75, flags: [] });
    const wave = (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json();
    expect(wave.rates[0]).toMatchObject({ responses: 8, openLinkResponses: 6 });
    expect(wave.openLinkFlags).toEqual([]);
  });

  it('says nothing of the share while the area has fewer than five answers', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    await answerByOpenLink(setup, 1);
    const analysis = await setup.admin.get(
      `/api/survey-analysis/areas/${setup.areaId}?waveId=${setup.wave.id}`,
    );
    expect(analysis.json().openLinks).toEqual({
      responses: null,
      openLinkResponses: null,
      share: null,
      flags: [],
    });
  });

  it('names no flagged stairwell on the area figures while the area has fewer than five answers', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    await answerByOpenLink(setup, 2); // one household, two open-link answers: over its households
    const analysis = await setup.admin.get(
      `/api/survey-analysis/areas/${setup.areaId}?waveId=${setup.wave.id}`,
    );
    expect(analysis.json().openLinks).toEqual({
      responses: null,
      openLinkResponses: null,
      share: null,
      flags: [],
    });
  });

  it('flags a stairwell with more open-link answers than households to the coordinator, still counting them', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    await addTestApartments(setup.admin, setup.entranceId, 2); // 3 households
    await answerByOpenLink(setup, 3);
    const calm = (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json();
    expect(calm.openLinkFlags).toEqual([]);
    await answerByOpenLink(setup, 4);
    const flag = {
      entranceId: setup.entranceId,
      buildingId: setup.buildingId,
      areaId: setup.areaId,
      address: 'Storgatan 1 · A',
      month: null,
      households: 3,
      openLinkResponses: 5,
    };
    const wave = (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json();
    expect(wave.openLinkFlags).toEqual([flag]);
    expect(wave.rates[0].openLinkResponses).toBe(7);
    const analysis = await setup.admin.get(
      `/api/survey-analysis/areas/${setup.areaId}?waveId=${setup.wave.id}`,
    );
    expect(analysis.json().openLinks).toEqual({
      responses: 7,
      openLinkResponses: 7,
      share: 1,
      flags: [flag],
    });
  });
});

describe('live per-building counts on the wave page', () => {
  it('are sent only in steps of five, never between 1 and 4', async () => {
    const app = await testApp();
    const setup = await surveySetup(app);
    const building = async () => {
      const wave = (await setup.admin.get(`/api/survey-waves/${setup.wave.id}`)).json();
      const [row] = wave.rates[0].buildings;
      return { codesUsed: row.codesUsed, responses: row.responses, area: wave.rates[0].responses };
    };
    await answerByCode(setup, 1);
    expect(await building()).toEqual({ codesUsed: 0, responses: 0, area: 1 });
    await answerByCode(setup, 3);
    expect(await building()).toEqual({ codesUsed: 0, responses: 0, area: 4 });
    await answerByCode(setup, 1);
    expect(await building()).toEqual({ codesUsed: 5, responses: 5, area: 5 });
    await answerByOpenLink(setup, 3);
    expect(await building()).toEqual({ codesUsed: 5, responses: 5, area: 8 });
    await answerByOpenLink(setup, 2);
    expect(await building()).toEqual({ codesUsed: 5, responses: 10, area: 10 });
  });
});
