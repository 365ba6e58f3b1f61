import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FreeTextItem, FreeTextList } from '../../../common/contracts/survey-texts';
import { auditLog } from '../../db/schema';
import { createOrganization, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { textsFixture } from './test-texts';

const themesOf = (item: FreeTextItem) => item.themes.map((theme) => [theme.key, theme.source]);
const byText = (list: FreeTextList, text: string) => {
  const item = list.items.find((entry) => entry.text === text);
  if (!item) throw new Error(`no item "${text}" in ${JSON.stringify(list.items.map((i) => i.text))}`);
  return item;
};

describe('survey free text', () => {
  // Starting and migrating the worker's database is slow on a busy machine: not the first test's time.
  beforeAll(() => testApp());

  it('lists the texts of shown cells with keyword themes, their spans and counts', async () => {
    const app = await testApp();
    const { wave, admin } = await textsFixture(app);
    const response = await admin.get(`/api/survey-analysis/free-text?waveId=${wave.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const list: FreeTextList = response.json();
    expect(list.total).toBe(4);
    expect(list.items.every((item) => item.areaName === 'Norra' && item.waveName === 'Hösten 2026')).toBe(
      true,
    );
    const dark = byText(list, 'Lampan i TRAPPHUSET är trasig');
    expect(themesOf(dark)).toEqual([
      ['lighting', 'keywords'],
      ['stairwell_entrance', 'keywords'],
    ]);
    const [start, end] = dark.themes[1].spans[0];
    expect(dark.text.slice(start, end)).toBe('TRAPPHUS');
    expect(dark.themes[0].label).toBe('Lighting');
    const counts = Object.fromEntries(list.themeCounts.map((c) => [c.key, [c.count, c.shownAs]]));
    expect(counts.lighting).toEqual([null, '<5']);
    expect(list.suppressedCells).toBe(1);
  });

  it('does not list the texts of an area × wave with fewer than 5 responses, not even by search', async () => {
    const app = await testApp();
    const { wave, south, admin } = await textsFixture(app);
    const area = (await admin.get(`/api/survey-analysis/free-text?areaId=${south.id}`)).json();
    expect(area).toMatchObject({ items: [], total: 0, suppressedCells: 1 });
    const search = (await admin.get(`/api/survey-analysis/free-text?waveId=${wave.id}&q=knivhot`)).json();
    expect(search).toMatchObject({ items: [], total: 0, suppressedCells: 1 });
  });

  it('searches case-insensitively and filters by theme', async () => {
    const app = await testApp();
    const { admin } = await textsFixture(app);
    const search: FreeTextList = (await admin.get('/api/survey-analysis/free-text?q=trapphus')).json();
    expect(search.items.map((item) => item.text).sort()).toEqual([
      'Det är mörkt i trapphuset',
      'Lampan i TRAPPHUSET är trasig',
    ]);
    const percent = (await admin.get('/api/survey-analysis/free-text?q=100%25')).json();
    expect(percent.total).toBe(0);
    const laundry: FreeTextList = (await admin.get('/api/survey-analysis/free-text?theme=laundry')).json();
    expect(laundry.items.map((item) => item.text)).toEqual(['Ungdomsgäng samlas vid tvättstugan']);
  });

  it('staff corrections win over the keywords, are logged, and can be taken back', async () => {
    const app = await testApp();
    const { org, admin } = await textsFixture(app);
    const list: FreeTextList = (await admin.get('/api/survey-analysis/free-text')).json();
    const { responseId } = byText(list, 'Det är mörkt i trapphuset');
    const path = `/api/survey-analysis/free-text/${responseId}/themes`;

    const removed = await admin.request({
      method: 'PUT',
      url: `${path}/lighting`,
      payload: { action: 'remove' },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(themesOf(removed.json())).toEqual([['stairwell_entrance', 'keywords']]);
    expect(removed.json().overruled).toEqual([{ key: 'lighting', label: 'Lighting' }]);

    const added = await admin.request({ method: 'PUT', url: `${path}/other`, payload: { action: 'add' } });
    expect(themesOf(added.json())).toEqual([
      ['stairwell_entrance', 'keywords'],
      ['other', 'staff'],
    ]);
    const others: FreeTextList = (await admin.get('/api/survey-analysis/free-text?theme=other')).json();
    expect(others.items.map((item) => item.responseId)).toEqual([responseId]);
    const lighting: FreeTextList = (await admin.get('/api/survey-analysis/free-text?theme=lighting')).json();
    expect(lighting.items.map((item) => item.text)).toEqual(['Lampan i TRAPPHUSET är trasig']);

    const restored = await admin.delete(`${path}/lighting`);
    expect(restored.statusCode, restored.body).toBe(200);
    expect(themesOf(restored.json())).toEqual([
      ['lighting', 'keywords'],
      ['stairwell_entrance', 'keywords'],
      ['other', 'staff'],
    ]);
    const logged = await app.db
      .select({ action: auditLog.action, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, org.id), eq(auditLog.entityType, 'survey_theme_correction')));
    expect(logged.map((row) => row.action).sort()).toEqual(['create', 'create', 'delete']);
    expect(JSON.stringify(logged)).not.toContain('trapphuset');
  });

  it('refuses an unknown theme naming the field, and texts of withheld cells', async () => {
    const app = await testApp();
    const { admin, south, wave } = await textsFixture(app);
    const list: FreeTextList = (await admin.get(`/api/survey-analysis/free-text?waveId=${wave.id}`)).json();
    const url = `/api/survey-analysis/free-text/${list.items[0].responseId}/themes/no_such_theme`;
    const bad = await admin.request({ method: 'PUT', url, payload: { action: 'add' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe('themeKey');
    const [small] = await app.db.query.surveyResponses.findMany({
      where: (r, { eq: is }) => is(r.areaId, south.id),
      limit: 1,
    });
    const hidden = await admin.request({
      method: 'PUT',
      url: `/api/survey-analysis/free-text/${small.id}/themes/lighting`,
      payload: { action: 'add' },
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('is not for viewers or partners, and holds to area grants and the organization', async () => {
    const app = await testApp();
    const { org, north, south, wave } = await textsFixture(app);
    for (const role of ['viewer', 'partner'] as const) {
      const client = await loginAs(app, role, { organizationId: org.id });
      expect((await client.get('/api/survey-analysis/free-text')).statusCode).toBe(403);
    }
    const southManager = await loginAs(app, 'area_manager', { organizationId: org.id, areaIds: [south.id] });
    expect((await southManager.get(`/api/survey-analysis/free-text?areaId=${north.id}`)).statusCode).toBe(
      404,
    );
    expect((await southManager.get('/api/survey-analysis/free-text')).json().total).toBe(0);
    const northManager = await loginAs(app, 'area_manager', { organizationId: org.id, areaIds: [north.id] });
    expect((await northManager.get('/api/survey-analysis/free-text')).json().total).toBe(4);
    const stranger = await loginAs(app, 'admin', { organizationId: (await createOrganization(app)).id });
    expect((await stranger.get(`/api/survey-analysis/free-text?waveId=${wave.id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/api/survey-analysis/free-text?areaId=${north.id}`)).statusCode).toBe(404);
    expect((await stranger.get('/api/survey-analysis/free-text')).json().total).toBe(0);
  });
});
