import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, reportCategories } from '../../../db/schema';
import { loginAs } from '../../../testing/factories';
import { testApp } from '../../../testing/test-app';
import { reportingOrganization } from '../test-setup';
import { installDefaultCategories } from './default-categories';

const newCategory = { key: 'snow_ice', name: { sv: 'Snö och is', en: 'Snow and ice' }, targetDays: 2 };

describe('report categories', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('gives every organization the default set once, in all tenant languages', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    await installDefaultCategories(app.db, admin.organizationId);
    const list = (await admin.get('/api/report-categories')).json();
    expect(list.items.map((c: { key: string }) => c.key)).toEqual([
      'lighting',
      'door_lock_entry',
      'graffiti_vandalism',
      'litter',
      'vegetation',
      'unsafe_place',
      'fire_hazard',
      'disturbance',
      'subletting',
      'other',
    ]);
    for (const category of list.items) {
      expect(Object.keys(category.name).sort()).toEqual(['ar', 'en', 'fa', 'so', 'sv', 'ti']);
      expect(Object.keys(category.description).sort()).toEqual(['ar', 'en', 'fa', 'so', 'sv', 'ti']);
    }
    const restricted = list.items.filter((c: { restricted: boolean }) => c.restricted);
    expect(restricted.map((c: { key: string; pillar: string }) => [c.key, c.pillar])).toEqual([
      ['disturbance', 'social'],
      ['subletting', 'management'],
    ]);
  });

  it('creates, changes, archives and restores a category, with audit entries', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const created = await admin.post('/api/report-categories', newCategory);
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({
      key: 'snow_ice',
      pillar: 'physical',
      targetDays: 2,
      archived: false,
    });
    const changed = await admin.patch(`/api/report-categories/${id}`, {
      pillar: 'management',
      restricted: true,
    });
    expect(changed.json()).toMatchObject({ pillar: 'management', restricted: true });
    expect((await admin.post(`/api/report-categories/${id}/archive`)).json().archived).toBe(true);
    const listed = (await admin.get('/api/report-categories')).json().items;
    expect(listed.some((c: { id: string }) => c.id === id)).toBe(false);
    const all = (await admin.get('/api/report-categories?includeArchived=true')).json().items;
    expect(all.some((c: { id: string }) => c.id === id)).toBe(true);
    expect((await admin.post(`/api/report-categories/${id}/restore`)).json().archived).toBe(false);
    const entries = await app.db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(entries.map((e) => e.action).sort()).toEqual(['archive', 'create', 'restore', 'update']);
  });

  it('refuses a key already used with 409 naming key, and bad input with 400', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const twin = await admin.post('/api/report-categories', { ...newCategory, key: 'lighting' });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error.issues[0].path).toBe('key');
    const bad = await admin.post('/api/report-categories', { key: 'Bad Key', name: { en: 'x' } });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.issues.map((i: { path: string }) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['key', 'name.sv']));
  });

  it('lets readers list but only admins and safety coordinators configure', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const [lighting] = await app.db
      .select()
      .from(reportCategories)
      .where(eq(reportCategories.organizationId, admin.organizationId));
    const { organizationId } = admin;
    const fieldStaff = await loginAs(app, 'field_staff', { organizationId });
    expect((await fieldStaff.get('/api/report-categories')).statusCode).toBe(200);
    expect((await fieldStaff.post('/api/report-categories', newCategory)).statusCode).toBe(403);
    expect(
      (await fieldStaff.patch(`/api/report-categories/${lighting.id}`, { targetDays: 3 })).statusCode,
    ).toBe(403);
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId });
    expect((await coordinator.post('/api/report-categories', newCategory)).statusCode).toBe(201);
    const stranger = await loginAs(app, 'admin');
    expect(
      (await stranger.patch(`/api/report-categories/${lighting.id}`, { targetDays: 3 })).statusCode,
    ).toBe(404);
  });

  it('carries a change of restricted over to the reports of the category, both ways', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const report = await org.report({ categoryId: org.lighting.id, restricted: false });
    const safety = await org.login('safety_coordinator');
    expect((await safety.get(`/api/reports/${report.id}`)).statusCode).toBe(200);
    const restrict = await org.admin.patch(`/api/report-categories/${org.lighting.id}`, { restricted: true });
    expect(restrict.statusCode, restrict.body).toBe(200);
    // Need-to-know now applies to the reports already in the category.
    expect((await safety.get(`/api/reports/${report.id}`)).statusCode).toBe(404);
    await org.admin.patch(`/api/report-categories/${org.lighting.id}`, { restricted: false });
    expect((await safety.get(`/api/reports/${report.id}`)).statusCode).toBe(200);
  });
});
