import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, open311ApiKeys } from '../../db/schema';
import { hashToken } from '../../platform/ids';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

describe('Open311 api_keys', () => {
  // Starting the database (migrations) takes seconds on a busy machine: not part of any test's time.
  beforeAll(async () => {
    await testApp();
  });

  it('are made by admins, shown once, stored hashed, listed and revoked, with an audit trail', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const created = await admin.post('/api/open311-keys', { name: 'Kommunens app' });
    expect(created.statusCode, created.body).toBe(201);
    const { key, secret } = created.json();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await app.db.select().from(open311ApiKeys).where(eq(open311ApiKeys.id, key.id));
    expect(row?.keyHash).toBe(hashToken(secret));

    const list = await admin.get('/api/open311-keys');
    expect(list.json().items).toEqual([
      {
        id: key.id,
        name: 'Kommunens app',
        createdAt: key.createdAt,
        revokedAt: null,
        outsideAreas: 'notice',
        disclosure: 'public',
      },
    ]);
    expect(list.body).not.toContain(secret);

    const refusing = await admin.patch(`/api/open311-keys/${key.id}`, { outsideAreas: 'refuse' });
    expect(refusing.statusCode, refusing.body).toBe(200);
    expect(refusing.json().outsideAreas).toBe('refuse');
    expect((await admin.patch(`/api/open311-keys/${key.id}`, { outsideAreas: 'maybe' })).statusCode).toBe(
      400,
    );

    const revoked = await admin.post(`/api/open311-keys/${key.id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).not.toBeNull();
    const again = await admin.post(`/api/open311-keys/${key.id}/revoke`);
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);

    const entries = await app.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organizationId, admin.organizationId), eq(auditLog.entityId, key.id)));
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'revoke', 'update']);
    expect(entries.find((e) => e.action === 'update')).toMatchObject({
      before: { outsideAreas: 'notice' },
      after: { outsideAreas: 'refuse' },
    });
  });

  it('are refused to roles without report.configure and to other organizations', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const fieldStaff = await loginAs(app, 'field_staff', { organizationId: admin.organizationId });
    const stranger = await loginAs(app, 'admin');
    const { key } = (await admin.post('/api/open311-keys', { name: 'App' })).json();

    expect((await fieldStaff.get('/api/open311-keys')).statusCode).toBe(403);
    expect((await fieldStaff.post('/api/open311-keys', { name: 'Mine' })).statusCode).toBe(403);
    expect((await stranger.post(`/api/open311-keys/${key.id}/revoke`)).statusCode).toBe(404);
    expect((await stranger.patch(`/api/open311-keys/${key.id}`, { outsideAreas: 'refuse' })).statusCode).toBe(
      404,
    );
    expect(
      (await fieldStaff.patch(`/api/open311-keys/${key.id}`, { outsideAreas: 'refuse' })).statusCode,
    ).toBe(403);
    expect((await stranger.get('/api/open311-keys')).json().items).toEqual([]);
    expect((await admin.post('/api/open311-keys', { name: '' })).statusCode).toBe(400);
    expect((await admin.post('/api/open311-keys', {})).json().error.issues[0].path).toBe('name');
  });
});
