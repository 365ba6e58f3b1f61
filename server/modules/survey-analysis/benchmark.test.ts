import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, loginAs } from '../../testing/factories';
import { addTestResponses, createTestWave } from '../surveys/testing';
import { analysisOrganization, sheets } from './test-analysis';
import { scratchApp } from './test-scratch-app';

// The benchmark sees every organization in the database, so it runs on a database of its own.
let scratch: Awaited<ReturnType<typeof scratchApp>>;
beforeAll(async () => {
  scratch = await scratchApp('trygg_benchmark_test');
}, 60_000);
afterAll(async () => scratch?.close());

/** An organization with `positive` of 40 answers positive in 2026, taking part or not. */
async function company(app: FastifyInstance, positive: number, optIn: boolean) {
  const { admin, organizationId, areaA } = await analysisOrganization(app);
  const wave = await createTestWave(app, { organizationId, areaIds: [areaA], startsOn: '2026-03-01' });
  await addTestResponses(app.db, wave, sheets(40, positive, { areaId: areaA }));
  const response = await admin.request({
    method: 'PUT',
    url: '/api/organization/survey-benchmark',
    payload: { optIn },
  });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.json()).toEqual({ optIn });
  return admin;
}

const benchmarkOf = async (client: Client, year = 2026) =>
  (await client.get(`/api/survey-analysis/benchmark?measure=trygghetsindex&year=${year}`)).json();

describe('survey benchmark', () => {
  it('gives no distribution with 4 others, median and quartiles with 5, never another company’s figure', async () => {
    const { app } = scratch;
    const own = await company(app, 20, true);
    // Not taking part: its figure never counts.
    await company(app, 40, false);
    for (const positive of [10, 16, 24, 30]) await company(app, positive, true);
    const four = await benchmarkOf(own);
    expect(four).toMatchObject({
      measure: 'trygghetsindex',
      year: 2026,
      others: 4,
      distribution: null,
      optedIn: true,
    });
    expect(four.own).toMatchObject({ share: 0.5, n: 40, visibility: 'shown' });

    await company(app, 36, true);
    const five = await benchmarkOf(own);
    expect(five.others).toBe(5);
    // Others: 10, 16, 24, 30, 36 of 40 → 0.25, 0.4, 0.6, 0.75, 0.9 (the own 0.5 is not among them).
    expect(five.distribution.median).toBeCloseTo(0.6, 12);
    expect(five.distribution.q1).toBeCloseTo(0.4, 12);
    expect(five.distribution.q3).toBeCloseTo(0.75, 12);
    expect(Object.keys(five).sort()).toEqual(['distribution', 'measure', 'optedIn', 'others', 'own', 'year']);
    expect(JSON.stringify(five)).not.toMatch(/Org |organizationId|"name"/);

    // Another year without answers: no figures at all.
    expect(await benchmarkOf(own, 2024)).toMatchObject({ own: null, distribution: null });
  });

  it('shows a company that does not take part its own figure only; opting in is for admins', async () => {
    const { app } = scratch;
    const outsider = await company(app, 20, false);
    const result = await benchmarkOf(outsider);
    expect(result).toMatchObject({ optedIn: false, distribution: null, own: { share: 0.5 } });
    expect(result.others).toBeGreaterThanOrEqual(5);
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: outsider.organizationId });
    const denied = await coordinator.request({
      method: 'PUT',
      url: '/api/organization/survey-benchmark',
      payload: { optIn: true },
    });
    expect(denied.statusCode).toBe(403);
    expect((await coordinator.get('/api/survey-analysis/benchmark?year=2026')).statusCode).toBe(200);
    expect((await coordinator.get('/api/survey-analysis/benchmark')).statusCode).toBe(400);
  });
});
