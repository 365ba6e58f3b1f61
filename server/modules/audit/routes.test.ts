import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

describe('GET /api/audit', () => {
  it('lists this organization only, newest first, filtered and paged', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const stranger = await loginAs(app, 'admin');
    const actor = { userId: admin.userId, organizationId: admin.organizationId };
    for (const entityType of ['area', 'user', 'area']) {
      await recordAudit(app.db, actor, { action: 'create', entityType, entityId: newId(), after: { n: 1 } });
    }
    await recordAudit(
      app.db,
      { userId: stranger.userId, organizationId: stranger.organizationId },
      {
        action: 'create',
        entityType: 'area',
      },
    );
    const all = (await admin.get('/api/audit')).json().items;
    expect(all.map((e: { entityType: string }) => e.entityType)).toEqual(['area', 'user', 'area']);
    expect(all[0]).toMatchObject({
      actor: { id: admin.userId, displayName: 'Test admin' },
      action: 'create',
    });
    const areasOnly = (await admin.get('/api/audit?entityType=user')).json().items;
    expect(areasOnly).toHaveLength(1);
    const page = (await admin.get(`/api/audit?limit=1&before=${all[0].id}`)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0].id).not.toBe(all[0].id);
    expect(page.items[0].id).toBe(all[1].id);
    expect((await admin.get('/api/audit?limit=0')).statusCode).toBe(400);
  });

  it('is for admins only', async () => {
    const app = await testApp();
    const coordinator = await loginAs(app, 'safety_coordinator');
    expect((await coordinator.get('/api/audit')).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });

  it('cannot be rewritten: the database rejects UPDATE and DELETE', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    await recordAudit(
      app.db,
      { userId: admin.userId, organizationId: admin.organizationId },
      {
        action: 'create',
        entityType: 'area',
      },
    );
    const mine = eq(auditLog.organizationId, admin.organizationId);
    await expect(app.db.update(auditLog).set({ action: 'forged' }).where(mine)).rejects.toThrow();
    await expect(app.db.delete(auditLog).where(mine)).rejects.toThrow();
    // Run inside a transaction that is rolled back anyway, so a missing guard cannot wipe the
    // log that other tests in this worker share.
    await expect(
      app.db.transaction(async (tx) => {
        await tx.execute(sql`truncate audit_log`);
        throw new Error('truncate was allowed');
      }),
    ).rejects.toThrow(/Failed query: truncate/);
    expect(await app.db.select().from(auditLog).where(mine)).toHaveLength(1);
  });
});
