import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditValueNotKept as notKept } from '../../../common/audit/not-kept';
import { auditLog } from '../../db/schema';
import { newId } from '../../platform/ids';
import { loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';

const migration = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../db/migrations/0016_audit_without_personal_values.sql',
);
const statements = readFileSync(migration, 'utf8')
  .split('--> statement-breakpoint')
  .map((statement) => statement.trim())
  .filter(Boolean);

class RolledBack extends Error {}

/**
 * Rows written before the audit writer kept values by its list still hold free text; the migration
 * scrubs them once and leaves the log append-only. Run here again on rows written the old way,
 * inside a transaction that is rolled back (the statement reaches every organization's rows).
 */
describe('the migration that scrubs the audit log', () => {
  it('replaces free text and personal values in existing rows and leaves the log append-only', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const mine = eq(auditLog.organizationId, admin.organizationId);
    const reportId = newId();
    const row = (action: string, entityType: string, before: unknown, after: unknown) => ({
      organizationId: admin.organizationId,
      id: newId(),
      actorUserId: admin.userId,
      action,
      entityType,
      entityId: reportId,
      before,
      after,
    });
    // As the old writer stored them: whole inputs and rows.
    await app.db.insert(auditLog).values([
      row('create', 'report', null, {
        categoryId: reportId,
        description: 'Grannen (19850101-1234) langar',
        lon: 17.95,
      }),
      row(
        'update',
        'user',
        { displayName: 'Anna A', email: 'anna@example.org', locale: 'sv' },
        { displayName: 'Anna B', email: 'anna@example.org', locale: 'en' },
      ),
      row('comment', 'work_order', null, { commentId: reportId, body: 'Ring Kalle på 070-1234567' }),
      row('import', 'area', null, [{ name: 'Fittja', code: 'F1', note: 'Kalle' }]),
    ]);

    const scrubbed = await app.db
      .transaction(async (tx) => {
        for (const statement of statements) await tx.execute(sql.raw(statement));
        const rows = await tx.select().from(auditLog).where(mine).orderBy(auditLog.id);
        // The trigger is back: the log cannot be rewritten after the migration.
        await expect(
          tx.transaction((inner) => inner.update(auditLog).set({ action: 'forged' }).where(mine)),
        ).rejects.toThrow();
        throw new RolledBack(JSON.stringify(rows));
      })
      .catch((error: unknown) => {
        if (error instanceof RolledBack) return JSON.parse(error.message) as (typeof auditLog.$inferSelect)[];
        throw error;
      });

    expect(scrubbed.map((r) => [r.action, r.before, r.after])).toEqual([
      ['create', null, { categoryId: reportId, description: notKept, lon: notKept }],
      ['update', { displayName: notKept, locale: 'sv' }, { displayName: notKept, locale: 'en' }],
      ['comment', null, { commentId: reportId, body: notKept }],
      ['import', null, [{ name: 'Fittja', code: 'F1', note: notKept }]],
    ]);
  });
});
