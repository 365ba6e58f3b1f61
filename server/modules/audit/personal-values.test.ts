import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { auditValueNotKept } from '../../../common/audit/not-kept';
import { auditLog } from '../../db/schema';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { organizationWithPlaces } from '../places/test-places';

/**
 * The audit log records who changed what and which fields, never the free text or personal
 * values of the change (issue 12): real changes through HTTP, then the stored rows are searched.
 */
describe('the audit log of everyday changes', () => {
  it('names the changed fields but keeps no description, comment, reason, name or e-mail', async () => {
    const app = await testApp();
    const { admin, areaId } = await organizationWithPlaces(app);
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: admin.organizationId });
    const planted = {
      description: 'Grannen i 1102 (personnummer 19850101-1234) langar i trapphuset',
      reason: 'Anmälaren Kalle Svensson ringde och tog tillbaka det',
      reply: 'Hej Kalle, vi har pratat med grannen',
      title: 'Prata med familjen Svensson',
      workDescription: 'Familjen Svensson i 1102 har fått en tillsägelse',
      comment: 'Kalle Svensson, 070-123 45 67, vill bli uppringd',
      email: 'planted.invitee@example.org',
      lon: '17.9512345',
    };

    const categories = (await coordinator.get('/api/report-categories')).json();
    const category = (categories.items ?? categories).find((c: { key: string }) => c.key === 'lighting');
    const report = await coordinator.post('/api/reports', {
      id: uuidv7(),
      categoryId: category.id,
      description: planted.description,
      areaId,
      lon: Number(planted.lon),
      lat: 59.2103457,
    });
    expect(report.statusCode, report.body).toBe(201);
    const reportId = report.json().id as string;
    const rejected = await coordinator.post(`/api/reports/${reportId}/reject`, {
      reason: planted.reason,
      reply: planted.reply,
    });
    expect(rejected.statusCode, rejected.body).toBe(200);

    const order = await coordinator.post('/api/work-orders', {
      pillar: 'social',
      title: planted.title,
      areaId,
    });
    expect(order.statusCode, order.body).toBe(201);
    const orderId = order.json().id as string;
    const patched = await coordinator.patch(`/api/work-orders/${orderId}`, {
      description: planted.workDescription,
      priority: 'high',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const commented = await coordinator.post(`/api/work-orders/${orderId}/comments`, {
      body: planted.comment,
    });
    expect(commented.statusCode, commented.body).toBe(201);
    const invited = await admin.post('/api/users', {
      email: planted.email,
      memberships: [{ role: 'viewer', areaIds: null }],
    });
    expect(invited.statusCode, invited.body).toBe(201);

    const rows = await app.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.organizationId, admin.organizationId));
    const stored = JSON.stringify(rows);
    const leaked = Object.entries(planted).filter(([, value]) => stored.includes(value));
    expect(leaked.map(([name]) => name)).toEqual([]);

    // What the admin reads: who, what, which fields — and the values that are not personal.
    const entries = (await admin.get('/api/audit?limit=50')).json().items as {
      action: string;
      entityType: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
    }[];
    const entry = (action: string, entityType: string) =>
      entries.find((e) => e.action === action && e.entityType === entityType);
    expect(entry('create', 'report')?.after).toMatchObject({
      categoryId: category.id,
      areaId,
      description: auditValueNotKept,
      lon: auditValueNotKept,
    });
    expect(entry('reject', 'report')).toMatchObject({
      before: { status: 'new' },
      after: { status: 'rejected', reason: auditValueNotKept, reply: auditValueNotKept },
    });
    expect(entry('update', 'work_order')?.after).toMatchObject({
      priority: 'high',
      description: auditValueNotKept,
    });
    expect(entry('update', 'work_order')?.after).not.toHaveProperty('title');
    expect(entry('comment', 'work_order')?.after).toEqual({
      commentId: expect.any(String),
      body: auditValueNotKept,
    });
    expect(entry('invite', 'invitation')?.after).toEqual({
      email: auditValueNotKept,
      memberships: [{ role: 'viewer', areaIds: null }],
    });
  });
});
