import { beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { publicSetup, tenantClient } from './test-public';

describe('the public report form and place search', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('opens from a QR code with the place filled in, categories in the reader’s language', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const response = await tenant.get(`/api/public/report-form?entrance=${setup.entranceToken}&locale=ar`);
    expect(response.statusCode, response.body).toBe(200);
    const form = response.json();
    expect(form.organization.slug).toBe(setup.slug);
    expect(form.place).toMatchObject({
      entranceToken: setup.entranceToken,
      label: 'A',
      address: 'Storgatan 1',
    });
    expect(form.categories).toHaveLength(10);
    expect(form.categories[0]).toMatchObject({ key: 'lighting', name: 'الإضاءة', restricted: false });
    expect(form.categories.find((c: { key: string }) => c.key === 'disturbance').restricted).toBe(true);
    expect(form.bounds).toEqual([17.945, 59.205, 17.955, 59.215]);
    const plain = (await tenant.get(`/api/public/report-form?org=${setup.slug}`)).json();
    expect(plain.place).toBeNull();
    expect(plain.categories[0].name).toBe('Belysning');
  });

  it('says what becomes public, following the organization’s publication setting', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const form = async () => (await tenant.get(`/api/public/report-form?org=${setup.slug}`)).json();
    expect((await form()).publication).toBe('coarse');
    const on = await setup.admin.request({
      method: 'PUT',
      url: '/api/open311-publication',
      payload: { publishSummaries: true },
    });
    expect(on.statusCode, on.body).toBe(200);
    expect((await form()).publication).toBe('moderated');
  });

  it('answers 404 for an unknown organization or entrance, or a token of another organization', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const other = await publicSetup(app);
    const tenant = tenantClient(app);
    for (const query of [
      'org=nope',
      'entrance=nope',
      `org=${setup.slug}&entrance=${other.entranceToken}`,
      '',
    ]) {
      const response = await tenant.get(`/api/public/report-form?${query}`);
      expect(response.statusCode, query).toBe(404);
    }
  });

  it('finds entrances by address, nearby, and draws the areas', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const found = (await tenant.get(`/api/public/places?org=${setup.slug}&q=storgatan%201%20a`)).json();
    expect(found.places).toEqual([
      expect.objectContaining({ entranceToken: setup.entranceToken, label: 'A' }),
    ]);
    expect((await tenant.get(`/api/public/places?org=${setup.slug}&q=%25%25`)).json().places).toEqual([]);
    const near = (
      await tenant.get(`/api/public/places/nearby?org=${setup.slug}&lon=17.951&lat=59.2105`)
    ).json();
    expect(near.places.map((p: { entranceToken: string }) => p.entranceToken)).toEqual([setup.entranceToken]);
    const far = (await tenant.get(`/api/public/places/nearby?org=${setup.slug}&lon=18.1&lat=59.3`)).json();
    expect(far.places).toEqual([]);
    const areas = (await tenant.get(`/api/public/areas?org=${setup.slug}`)).json();
    expect(areas.type).toBe('FeatureCollection');
    expect(areas.features).toHaveLength(1);
    expect(Object.keys(areas.features[0].properties)).toEqual(['name']);
  });
});
