import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCategories } from '../../db/schema';
import { phonePhoto, pngBomb, pngOf } from '../../platform/test-images';
import { testApp } from '../../testing/test-app';
import { multipartBody, publicSetup, savedRows, submission, tenantClient } from './test-public';

const post = '/api/public/reports';

describe('public report intake refuses bad submissions, saving nothing', () => {
  // The worker's app and database start once, under the hook timeout rather than a test's.
  beforeAll(async () => {
    await testApp();
  });

  it('answers 4xx naming the field for unknown organization, entrance, category or no place', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const other = await publicSetup(app);
    await app.db
      .update(reportCategories)
      .set({ archivedAt: new Date() })
      .where(
        and(
          eq(reportCategories.organizationId, setup.admin.organizationId),
          eq(reportCategories.key, 'litter'),
        ),
      );
    const cases: [Record<string, unknown>, string][] = [
      [{ organization: 'no-such-org' }, 'organization'],
      [{ entranceToken: 'no-such-token' }, 'entranceToken'],
      [{ entranceToken: other.entranceToken }, 'entranceToken'],
      [{ categoryKey: 'no_such_category' }, 'categoryKey'],
      [{ categoryKey: 'litter' }, 'categoryKey'],
      [{ position: undefined }, 'position'],
      [{ position: undefined, locationText: '   ' }, 'position'],
      [{ contact: { email: 'a@example.se' } }, 'contact.consent'],
      [{ contact: { email: 'a@example.se', consent: false } }, 'contact.consent'],
      [{ description: '' }, 'description'],
      [{ id: 'not-a-uuid' }, 'id'],
      [{ position: { lon: 500, lat: 59 } }, 'position.lon'],
    ];
    for (const [change, field] of cases) {
      const response = await tenantClient(app).post(post, submission(setup.slug, change), {
        'accept-language': 'en',
      });
      expect(response.statusCode, `${JSON.stringify(change)}: ${response.body}`).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.json().error.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect((await savedRows(app, setup.admin.organizationId)).reports).toEqual([]);
  });

  it('says what is wrong in Swedish or English after Accept-Language', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const body = submission(setup.slug, { categoryKey: 'nope' });
    const sv = (await tenantClient(app).post(post, body, { 'accept-language': 'sv-SE,sv;q=0.9' })).json();
    const en = (await tenantClient(app).post(post, body, { 'accept-language': 'en-GB' })).json();
    expect(sv.error.issues).toEqual([
      { path: 'categoryKey', message: 'är ingen kategori som går att välja' },
    ]);
    expect(en.error.issues).toEqual([
      { path: 'categoryKey', message: 'is not a category that can be chosen' },
    ]);
    expect(sv.error.message).not.toBe(en.error.message);
  });

  it('refuses a filled honeypot with a bare 400', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const response = await tenantClient(app).post(
      post,
      submission(setup.slug, { website: 'http://spam.example' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
    expect(response.json().error.issues).toBeUndefined();
    expect((await savedRows(app, setup.admin.organizationId)).reports).toEqual([]);
  });

  it('refuses more than three photos, naming photos', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const photo = await pngOf(20, 20);
    const { payload, headers } = multipartBody(submission(setup.slug), [photo, photo, photo, photo]);
    const response = await tenantClient(app).request({ method: 'POST', url: post, payload, headers });
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json().error.issues[0].path).toBe('photos');
    const rows = await savedRows(app, setup.admin.organizationId);
    expect([rows.reports, rows.photos, rows.files]).toEqual([[], [], []]);
  });

  it('refuses a file that is not an image, with 415 naming it, even after a good photo', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const files = [await phonePhoto(), Buffer.from('MZ\x90\x00 this is an executable, not a photo')];
    const { payload, headers } = multipartBody(submission(setup.slug), files);
    const response = await tenantClient(app).request({ method: 'POST', url: post, payload, headers });
    expect(response.statusCode, response.body).toBe(415);
    expect(response.json().error.issues[0].path).toBe('photos[1]');
    const rows = await savedRows(app, setup.admin.organizationId);
    expect([rows.reports, rows.photos, rows.files]).toEqual([[], [], []]);
  });

  it('refuses a 20 MB file with 413 naming it', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const huge = Buffer.concat([await pngOf(10, 10), Buffer.alloc(20 * 1024 * 1024, 1)]);
    const { payload, headers } = multipartBody(submission(setup.slug), [huge]);
    const response = await tenantClient(app).request({ method: 'POST', url: post, payload, headers });
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'payload_too_large',
      issues: [{ path: 'photos[0]' }],
    });
    expect((await savedRows(app, setup.admin.organizationId)).reports).toEqual([]);
  });

  it('refuses a decompression bomb with 413 and stays up', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const { payload, headers } = multipartBody(submission(setup.slug), [await pngBomb()]);
    const response = await tenantClient(app).request({ method: 'POST', url: post, payload, headers });
    expect(response.statusCode, response.body).toBe(413);
    expect(response.json().error.issues[0].path).toBe('photos[0]');
    expect((await tenantClient(app).post(post, submission(setup.slug))).statusCode).toBe(201);
  });

  it('refuses a multipart body without a readable report field', async () => {
    const app = await testApp();
    const { payload, headers } = multipartBody('{not json', []);
    const response = await tenantClient(app).request({ method: 'POST', url: post, payload, headers });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues[0].path).toBe('report');
  });

  it('limits submissions per address with 429 rate_limited', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const tenant = tenantClient(app);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await tenant.post(post, submission(setup.slug))).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    const last = await tenant.post(post, submission(setup.slug));
    expect(last.statusCode).toBe(429);
    expect(last.json().error.code).toBe('rate_limited');
    expect(statuses[11]).toBe(429);
  });

  it('limits submissions per entrance token, whatever the address', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const body = submission(setup.slug, { entranceToken: setup.entranceToken });
      statuses.push((await tenantClient(app).post(post, body)).statusCode);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(30);
    expect(statuses[30]).toBe(429);
  });

  it('counts only real entrances of the named organization against an entrance, unknown tokens per address', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const other = await publicSetup(app);
    // The real token sent for another organization is unknown there; made-up tokens are unknown
    // everywhere. Neither may use up the real entrance's 30 an hour, from however many addresses.
    for (let i = 0; i < 31; i++) {
      const body = submission(other.slug, { entranceToken: setup.entranceToken });
      const response = await tenantClient(app).post(post, body);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].path).toBe('entranceToken');
    }
    const real = await tenantClient(app).post(
      post,
      submission(setup.slug, { entranceToken: setup.entranceToken }),
    );
    expect(real.statusCode, real.body).toBe(201);
    // From one address, unknown tokens are held back by the per-address limit (10 a minute).
    const guesser = tenantClient(app);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const body = submission(setup.slug, { entranceToken: `guess-${i}` });
      statuses.push((await guesser.post(post, body)).statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });
});

describe('the intake directory', () => {
  it('refuses a category at once after staff archive it through the API', async () => {
    const app = await testApp();
    const setup = await publicSetup(app);
    const first = await tenantClient(app).post(
      post,
      submission(setup.slug, { categoryKey: 'graffiti_vandalism' }),
    );
    expect(first.statusCode).toBe(201);
    const categories = (await setup.admin.get('/api/report-categories')).json().items as {
      id: string;
      key: string;
    }[];
    const graffiti = categories.find((category) => category.key === 'graffiti_vandalism');
    expect((await setup.admin.post(`/api/report-categories/${graffiti?.id}/archive`, {})).statusCode).toBe(
      200,
    );
    const second = await tenantClient(app).post(
      post,
      submission(setup.slug, { categoryKey: 'graffiti_vandalism' }),
    );
    expect(second.statusCode).toBe(400);
    expect(second.json().error.issues[0].path).toBe('categoryKey');
  });
});
