import { describe, expect, it } from 'vitest';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from './test-setup';

describe('external bodies', () => {
  it('creates, lists, changes, archives and restores, never showing the API key', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const created = await org.admin.post('/api/external-bodies', {
      name: 'Kommunen',
      open311Endpoint: 'https://311.example.org/v2',
      open311ApiKey: 'k-123',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const patched = await org.admin.patch(`/api/external-bodies/${id}`, {
      email: 'gata@example.org',
      open311ApiKey: null,
    });
    expect(patched.json()).toMatchObject({ email: 'gata@example.org', hasApiKey: false });
    expect((await org.admin.post(`/api/external-bodies/${id}/archive`)).json().archived).toBe(true);
    const safety = await org.login('area_manager');
    expect((await safety.get('/api/external-bodies')).json().items).toEqual([]);
    const all = await safety.get('/api/external-bodies?includeArchived=true');
    expect(all.json().items).toHaveLength(1);
    expect(all.body).not.toContain('k-123');
    expect((await org.admin.post(`/api/external-bodies/${id}/restore`)).json().archived).toBe(false);
  });

  it('lets only report.configure change them, and names bad fields', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const manager = await org.login('area_manager');
    expect((await manager.post('/api/external-bodies', { name: 'X' })).statusCode).toBe(403);
    expect((await (await org.login('viewer')).get('/api/external-bodies')).statusCode).toBe(403);
    const bad = await org.admin.post('/api/external-bodies', { name: 'X', email: 'not-an-email' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('email');
  });
});

describe('response templates', () => {
  it('upserts per category, status and language, lists and deletes', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const put = (body: object) =>
      org.admin.request({ method: 'PUT', url: '/api/response-templates', payload: body });
    const first = await put({ categoryId: null, status: 'accepted', locale: 'sv', text: 'Tack! {code}' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await put({
      categoryId: null,
      status: 'accepted',
      locale: 'sv',
      text: 'Tack igen! {code}',
    });
    expect(second.json()).toMatchObject({ id: first.json().id, text: 'Tack igen! {code}' });
    await put({ categoryId: org.lighting.id, status: 'accepted', locale: 'sv', text: 'Lampan: {code}' });
    const list = (await org.admin.get('/api/response-templates')).json().items;
    expect(list).toHaveLength(2);
    // The category's own text wins over the one for every category.
    const report = await org.report({ locale: 'sv' });
    const accepted = (await org.admin.post(`/api/reports/${report.id}/accept`, {})).json();
    expect(accepted.publicReply).toBe(`Lampan: ${report.trackingCode}`);
    const other = await org.report({ locale: 'sv', categoryKey: 'litter' });
    expect((await org.admin.post(`/api/reports/${other.id}/accept`, {})).json().publicReply).toBe(
      `Tack igen! ${other.trackingCode}`,
    );
    expect((await org.admin.delete(`/api/response-templates/${first.json().id}`)).statusCode).toBe(204);
    expect((await org.admin.get('/api/response-templates')).json().items).toHaveLength(1);
  });

  it('names a bad language or category, and refuses those without report.configure', async () => {
    const app = await testApp();
    const org = await reportingOrganization(app);
    const stranger = await reportingOrganization(app);
    const put = (body: object) =>
      org.admin.request({ method: 'PUT', url: '/api/response-templates', payload: body });
    const badLocale = await put({ categoryId: null, status: 'done', locale: 'de', text: 'x' });
    expect(badLocale.json().error.issues[0].path).toBe('locale');
    const badCategory = await put({
      categoryId: stranger.lighting.id,
      status: 'done',
      locale: 'sv',
      text: 'x',
    });
    expect(badCategory.json().error.issues[0].path).toBe('categoryId');
    const badStatus = await put({ categoryId: null, status: 'new', locale: 'sv', text: 'x' });
    expect(badStatus.json().error.issues[0].path).toBe('status');
    const manager = await org.login('area_manager');
    expect((await manager.get('/api/response-templates')).statusCode).toBe(403);
  });
});
