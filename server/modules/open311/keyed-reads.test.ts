import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { createReport } from '../reports/testing';
import { clientIp, open311Organization } from './test-open311';

const gps = { lat: 59.210_437, lon: 17.951_283 };

async function setup() {
  const app = await testApp();
  const org = await open311Organization(app);
  const organizationId = org.admin.organizationId;
  const report = await createReport(app, {
    organizationId,
    areaId: org.areaId,
    buildingId: org.buildingId,
    entranceId: org.entranceId,
    description: 'The lamp by entrance A is out',
    publicReply: 'A caretaker comes on Monday',
    ...gps,
  });
  await createReport(app, { organizationId, areaId: org.areaId, categoryKey: 'disturbance' });
  const keyFor = async (disclosure: string) => {
    const made = await org.admin.post('/api/open311-keys', { name: `Key ${disclosure}`, disclosure });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().secret as string;
  };
  const read = (apiKey?: string, q = `jurisdiction_id=${org.slug}`) =>
    app.inject({
      url: `/api/open311/v2/requests.json?${q}${apiKey ? `&api_key=${apiKey}` : ''}`,
      remoteAddress: clientIp(),
    });
  return { app, org, organizationId, report, keyFor, read };
}

describe('Open311 reads with a key', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('get what the key agreement says, through the same presenter; restricted reports never', async () => {
    const { keyFor, read } = await setup();
    const levels = ['public', 'area', 'exact_position', 'full'] as const;
    const seen: Record<string, Record<string, unknown>> = {};
    for (const level of levels) {
      const answer = await read(await keyFor(level));
      expect(answer.statusCode, answer.body).toBe(200);
      const list = answer.json();
      // The disturbance report is not read at any level.
      expect(list).toHaveLength(1);
      seen[level] = list[0];
    }
    const anonymous = (await read()).json()[0];
    expect(seen.public).toEqual(anonymous);

    expect(seen.public).toMatchObject({ description: '', status_notes: null, media_url: null });
    expect(seen.public?.address).not.toContain('Storgatan');

    expect(seen.area).toMatchObject({ description: '', status_notes: null });
    expect(seen.area?.address).toMatch(/^Storgatan 1, /);
    expect(seen.area?.lat).not.toBe(gps.lat);
    expect(Math.abs((seen.area?.lat as number) - gps.lat)).toBeLessThan(0.001);

    expect(seen.exact_position).toMatchObject({
      description: '',
      status_notes: null,
      lat: gps.lat,
      long: gps.lon,
      address: expect.stringMatching(/^Storgatan 1 A, /),
    });

    expect(seen.full).toMatchObject({
      description: 'The lamp by entrance A is out',
      status_notes: 'A caretaker comes on Monday',
      lat: gps.lat,
      long: gps.lon,
      media_url: null,
    });
  });

  it('refuse an unknown, revoked or other organization key (403 naming api_key), not read it as public', async () => {
    const { app, org, keyFor, read } = await setup();
    const secret = await keyFor('exact_position');
    const unknown = await read('not-a-key');
    expect(unknown.statusCode).toBe(403);
    expect(unknown.body).toContain('api_key');

    const other = await open311Organization(app);
    const foreign = await read(other.apiKey);
    expect(foreign.statusCode).toBe(403);
    expect(foreign.body).toContain('api_key');
    // Without jurisdiction_id the key's own organization is read.
    const own = await read(other.apiKey, '');
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual([]);

    const { items } = (await org.admin.get('/api/open311-keys')).json();
    const key = items.find((k: { disclosure: string }) => k.disclosure === 'exact_position');
    await org.admin.post(`/api/open311-keys/${key.id}/revoke`);
    expect((await read(secret)).statusCode).toBe(403);
  });

  it("let only admins grant the 'full' level; bad levels are 400 naming disclosure", async () => {
    const { app, org, organizationId } = await setup();
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId });
    const refused = await coordinator.post('/api/open311-keys', { name: 'Police', disclosure: 'full' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.issues[0].path).toBe('disclosure');

    const made = await coordinator.post('/api/open311-keys', { name: 'Crew', disclosure: 'exact_position' });
    expect(made.statusCode, made.body).toBe(201);
    const { id } = made.json().key;
    const raised = await coordinator.patch(`/api/open311-keys/${id}`, { disclosure: 'full' });
    expect(raised.statusCode).toBe(403);
    expect(raised.json().error.issues[0].path).toBe('disclosure');
    expect((await org.admin.patch(`/api/open311-keys/${id}`, { disclosure: 'full' })).json().disclosure).toBe(
      'full',
    );
    // Lowering it is anyone's who manages keys.
    const lowered = await coordinator.patch(`/api/open311-keys/${id}`, { disclosure: 'area' });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(lowered.json().disclosure).toBe('area');

    for (const answer of [
      await org.admin.patch(`/api/open311-keys/${id}`, { disclosure: 'everything' }),
      await org.admin.post('/api/open311-keys', { name: 'X', disclosure: 'exact' }),
    ]) {
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.issues[0].path).toBe('disclosure');
    }
  });
});
