import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { reports } from '../../db/schema';
import { clientFor, createUser, loginAs } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { reportingOrganization } from '../reports/test-setup';
import { closeReportAgo, runRetentionOn } from './testing';

beforeAll(() => testApp());

describe('the retention schedule per organization', () => {
  it('shows admins each kind with its period, default and bounds, and no one else', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const view = (await admin.get('/api/retention')).json();
    expect(view.kinds.find((k: { kind: string }) => k.kind === 'contact_details')).toEqual({
      kind: 'contact_details',
      unit: 'months',
      period: 3,
      default: 3,
      min: 1,
      max: 24,
      scope: 'organization',
      source: 'default',
    });
    const coordinator = await loginAs(app, 'safety_coordinator', { organizationId: admin.organizationId });
    expect((await coordinator.get('/api/retention')).statusCode).toBe(403);
    expect((await coordinator.patch('/api/retention', { periods: { contact_details: 6 } })).statusCode).toBe(
      403,
    );
  });

  it('refuses a period outside the bounds with 400 naming the kind and the bound, in the user’s language', async () => {
    const app = await testApp();
    const admin = await loginAs(app, 'admin');
    const low = await admin.patch('/api/retention', { periods: { contact_details: 0 } });
    expect(low.statusCode).toBe(400);
    expect(low.json().error.issues).toEqual([
      { path: 'periods.contact_details', message: expect.stringContaining('1') },
    ]);
    const swede = await createUser(app, {
      organizationId: admin.organizationId,
      role: 'admin',
      locale: 'sv',
    });
    const svAdmin = await clientFor(app, swede.id, admin.organizationId);
    const high = await svAdmin.patch('/api/retention', { periods: { audit_log: 121 } });
    expect(high.statusCode).toBe(400);
    expect(high.json().error.issues).toEqual([
      { path: 'periods.audit_log', message: 'är för långt eller stort (högst 120)' },
    ]);
    // An installation-wide kind is not the organization's to set.
    expect((await admin.patch('/api/retention', { periods: { mail_outbox: 30 } })).statusCode).toBe(400);
    expect((await admin.get('/api/retention')).json().kinds[0].source).toBe('default');
  });

  it("carries out the organization's own period, records its decision, and leaves other organizations at theirs", async () => {
    const app = await testApp();
    const mine = await reportingOrganization(app);
    const other = await reportingOrganization(app);
    const admin = await mine.login('admin');
    const saved = await admin.patch('/api/retention', {
      periods: { contact_details: 6 },
      decision: 'Styrelsebeslut 2026-03-12 § 7',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().decision).toBe('Styrelsebeslut 2026-03-12 § 7');
    const mineReport = await mine.report({ reporterEmail: 'kept@example.se' });
    const otherReport = await other.report({ reporterEmail: 'gone@example.se' });
    await closeReportAgo(app, mine.organizationId, mineReport.id, 4);
    await closeReportAgo(app, other.organizationId, otherReport.id, 4);
    await runRetentionOn(app, [mine.organizationId, other.organizationId], { installationWide: true });
    const email = async (id: string) =>
      (await app.db.select().from(reports).where(eq(reports.id, id)))[0]?.reporterEmail;
    expect(await email(mineReport.id)).toBe('kept@example.se');
    expect(await email(otherReport.id)).toBeNull();

    const view = (await admin.get('/api/retention')).json();
    const run = view.runs.find((r: { kind: string }) => r.kind === 'contact_details');
    expect(run).toMatchObject({
      rule: '6 months (organization)',
      period: 6,
      decision: 'Styrelsebeslut 2026-03-12 § 7',
      rows: 0,
      failed: false,
      installationWide: false,
    });
    expect(run.finishedAt).not.toBeNull();
    // Installation-wide runs (outbox, reset links) count other companies' rows: not shown.
    expect(view.runs.some((r: { installationWide: boolean }) => r.installationWide)).toBe(false);
    // Another organization's runs are not listed.
    const otherAdmin = await other.login('admin');
    const otherRuns = (await otherAdmin.get('/api/retention')).json().runs;
    expect(otherRuns.find((r: { kind: string }) => r.kind === 'contact_details').rule).toBe(
      '3 months (default)',
    );
  });
});
