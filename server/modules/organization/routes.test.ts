import { describe, expect, it } from 'vitest';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

describe('organization settings', () => {
  it('lets an admin require two-factor authentication, and logs the change', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const response = await admin.patch('/api/organization', { requireTwoFactor: true });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      requireTwoFactor: true,
      abilities: expect.arrayContaining(['organization.settings']),
    });
    const { auditLog } = await import('../../db/schema');
    const { eq } = await import('drizzle-orm');
    const rows = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organizationId, admin.organizationId));
    expect(rows).toMatchObject([
      { entityType: 'organization', before: { requireTwoFactor: false }, after: { requireTwoFactor: true } },
    ]);
  });

  it('lets other roles read but not change the settings', async () => {
    const app = await testApp();
    const coordinator = await loginAs(app, 'safety_coordinator');
    expect((await coordinator.get('/api/organization')).statusCode).toBe(200);
    expect((await coordinator.patch('/api/organization', { requireTwoFactor: false })).statusCode).toBe(403);
  });

  it('rejects unknown fields naming them', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const response = await admin.patch('/api/organization', { name: 'X', slug: 'y' });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('slug');
  });

  it('answers an empty change with the settings as they are', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const response = await admin.patch('/api/organization', {});
    expect(response.statusCode).toBe(200);
    expect(response.json().requireTwoFactor).toBe(false);
  });

  it('requires a session', async () => {
    const app = await testApp();
    expect((await app.inject({ method: 'GET', url: '/api/organization' })).statusCode).toBe(401);
  });
});
