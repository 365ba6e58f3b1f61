import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { publicSetup, savedRows, submission, tenantClient } from './test-public';

const post = '/api/public/reports';

/** The test organization's one area is a square of ±0.005° around (17.95, 59.21). */
describe('the service region of the public report form', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('refuses a position far outside the areas, naming position in the asked language', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const far = [
      { lon: 0, lat: 0 },
      { lon: 18.2, lat: 59.21 },
      { lon: 17.95, lat: 59.3 },
    ];
    for (const position of far) {
      const response = await tenantClient(app).post(post, submission(setup.slug, { position }), {
        'accept-language': 'sv',
      });
      expect(response.statusCode, JSON.stringify(position)).toBe(400);
      const [issue] = response.json().error.issues;
      expect(issue).toEqual({ path: 'position', message: expect.stringContaining('för långt från') });
    }
    const english = await tenantClient(app).post(
      post,
      submission(setup.slug, { position: { lon: 0, lat: 0 } }),
      {
        'accept-language': 'en',
      },
    );
    expect(english.json().error.issues[0].message).toContain('too far from');
    // With a QR code too: the position refines the entrance's point, so it must be near as well.
    const withEntrance = await tenantClient(app).post(
      post,
      submission(setup.slug, { entranceToken: setup.entranceToken, position: { lon: 0, lat: 0 } }),
    );
    expect(withEntrance.statusCode).toBe(400);
    expect((await savedRows(app, setup.admin.organizationId)).reports).toHaveLength(0);
  });

  it('takes a position just outside the areas and shows it to staff as outside the areas', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    // About 1 km east of the area's edge: across the road, still the landlord's to look at.
    const near = submission(setup.slug, { position: { lon: 17.972, lat: 59.21 } });
    const inside = submission(setup.slug);
    for (const body of [near, inside]) {
      const response = await tenantClient(app).post(post, body);
      expect(response.statusCode, response.body).toBe(201);
    }
    const list = (await setup.admin.get('/api/reports')).json().items as Record<string, unknown>[];
    const byId = (id: string) => list.find((item) => item.id === id);
    expect(byId(near.id)).toMatchObject({ areaId: null, areaName: null, outsideAreas: true });
    expect(byId(inside.id)).toMatchObject({ areaId: setup.areaId, outsideAreas: false });
    const detail = (await setup.admin.get(`/api/reports/${near.id}`)).json();
    expect(detail).toMatchObject({ outsideAreas: true, lon: 17.972 });
    // Placed by words alone: no area, but not "outside" them either.
    const words = submission(setup.slug, { position: undefined, locationText: 'Behind the laundry' });
    expect((await tenantClient(app).post(post, words)).statusCode).toBe(201);
    const wordsDetail = (await setup.admin.get(`/api/reports/${words.id}`)).json();
    expect(wordsDetail).toMatchObject({ areaId: null, outsideAreas: false });
  });
});
