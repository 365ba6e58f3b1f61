import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { addMapPoints, textsFixture } from './test-texts';

describe('survey heat map', () => {
  // Starting and migrating the worker's database is slow on a busy machine: not the first test's time.
  beforeAll(() => testApp());

  it('gives the marked places of areas with at least 5 responses, and withholds the rest', async () => {
    const app = await testApp();
    const { org, north, south, wave, admin } = await textsFixture(app);
    await addMapPoints(app, wave, north.id, 3);
    await addMapPoints(app, wave, south.id, 2);

    const all = (await admin.get(`/api/survey-analysis/heatmap?waveId=${wave.id}`)).json();
    expect(all.points).toHaveLength(3);
    expect(all.suppressed).toBe(true);
    const northOnly = (
      await admin.get(`/api/survey-analysis/heatmap?waveId=${wave.id}&areaId=${north.id}`)
    ).json();
    expect(northOnly).toEqual({ points: expect.any(Array), suppressed: false });
    expect(northOnly.points[0]).toEqual([17.9, 59.2]);
    const southOnly = (
      await admin.get(`/api/survey-analysis/heatmap?waveId=${wave.id}&areaId=${south.id}`)
    ).json();
    expect(southOnly).toEqual({ points: [], suppressed: true });

    const viewer = await loginAs(app, 'viewer', { organizationId: org.id, areaIds: [south.id] });
    expect((await viewer.get(`/api/survey-analysis/heatmap?waveId=${wave.id}`)).json().points).toEqual([]);
    const partner = await loginAs(app, 'partner', { organizationId: org.id });
    expect((await partner.get(`/api/survey-analysis/heatmap?waveId=${wave.id}`)).statusCode).toBe(403);
    const stranger = await loginAs(app, 'admin', { organizationId: (await createOrganization(app)).id });
    expect((await stranger.get(`/api/survey-analysis/heatmap?waveId=${wave.id}`)).statusCode).toBe(404);
    expect((await admin.get('/api/survey-analysis/heatmap')).statusCode).toBe(400);
  });
});
