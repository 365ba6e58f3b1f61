import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { filesDir } from '../../config';
import { auditLog, memberships, photos, reports, users } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import { LocalFileStorage } from '../../platform/storage';
import { createUser } from '../../testing/factories';
import { testApp } from '../../testing/test-app';
import { eraseSubject } from './erase-subject';
import { organizationWithSubject } from './test-subject';

const uniqueEmail = () => `anna-${Math.random().toString(36).slice(2)}@example.se`;
const reference = 'DNR 2026/7';

describe('erasure touches only the requesting organization, all or nothing', () => {
  beforeAll(async () => {
    await testApp();
  });

  it('leaves the other organization and the staff account alone', async () => {
    const app = await testApp();
    const email = uniqueEmail();
    const requesting = await organizationWithSubject(app, email);
    const elsewhere = await organizationWithSubject(app, email);
    // The person also works for the requesting organization.
    const staff = await createUser(app, {
      organizationId: requesting.organizationId,
      role: 'field_staff',
      email,
    });
    const search = await requesting.social.post('/api/privacy/subject-requests/search', { email, reference });
    expect(search.json()).toMatchObject({ isStaffUser: true, counts: { reports: 2 } });

    const erased = await requesting.social.post('/api/privacy/subject-requests/erase', { email, reference });
    expect(erased.json().erased.reports).toBe(2);

    const theirs = await app.db
      .select()
      .from(reports)
      .where(eq(reports.organizationId, elsewhere.organizationId));
    expect(theirs.filter((row) => row.reporterEmail === email)).toHaveLength(2);
    expect(theirs.some((row) => row.description.startsWith('Anna:'))).toBe(true);
    expect(
      await app.db.select().from(photos).where(eq(photos.organizationId, elsewhere.organizationId)),
    ).toHaveLength(1);
    expect(await readdir(path.join(filesDir(app.config), elsewhere.organizationId))).toHaveLength(1);
    const found = await elsewhere.social.post('/api/privacy/subject-requests/search', { email, reference });
    expect(found.json().counts).toMatchObject({ reports: 2, photos: 1, mails: 2, surveyInvitations: 1 });
    const [account] = await app.db.select().from(users).where(eq(users.id, staff.id));
    expect(account.email).toBe(email);
    expect(await app.db.select().from(memberships).where(eq(memberships.userId, staff.id))).toHaveLength(1);
  });

  it('rolls everything back when a step fails, and a rerun then erases it all', async () => {
    const app = await testApp();
    const email = uniqueEmail();
    const { organizationId, social } = await organizationWithSubject(app, email);
    const actor: Actor = {
      userId: social.userId,
      email: 'social@example.se',
      displayName: 'Social',
      locale: 'sv',
      organizationId,
      grants: [{ role: 'social_coordinator', areas: 'all' }],
    };
    const failing = new LocalFileStorage(filesDir(app.config));
    failing.delete = async () => {
      throw new Error('storage down');
    };
    await expect(eraseSubject(app.db, failing, actor, { subject: { email }, reference })).rejects.toThrow(
      'storage down',
    );
    const untouched = await app.db.select().from(reports).where(eq(reports.reporterEmail, email));
    expect(untouched).toHaveLength(2);
    expect(await app.db.select().from(photos).where(eq(photos.organizationId, organizationId))).toHaveLength(
      1,
    );
    const logged = await app.db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId));
    expect(logged.filter((row) => row.action === 'subject_erase')).toEqual([]);

    const counts = await eraseSubject(app.db, app.storage, actor, { subject: { email }, reference });
    expect(counts).toMatchObject({ reports: 2, photos: 1 });
    expect(await app.db.select().from(reports).where(eq(reports.reporterEmail, email))).toEqual([]);
    expect(await readdir(path.join(filesDir(app.config), organizationId))).toEqual([]);
  });
});
