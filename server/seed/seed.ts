import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { organizations } from '../db/schema';
import { hashPassword } from '../platform/auth/passwords';
import { recordDemoSeeded } from '../platform/demo-mode';
import { demoOrganizations } from './demo-data';
import { seedOrganization } from './organizations';
import { seedPlaces } from './places';
import { seedReports } from './reports';
import { seedSurveys } from './survey-answers';
import { type DemoLogin, demoLogins, demoPassword, seedSharedUser, seedUsers } from './users';

export type SeedResult = { created: boolean; logins: DemoLogin[] };

/**
 * Fills an empty database (no organizations) with the two demo companies, in one transaction, and
 * marks it as a demo installation (platform/demo-mode.ts).
 * On a database that already has data it creates nothing but still returns the demo logins, so
 * `npm start` prints them on every start.
 */
export async function seedIfEmpty(db: Db, now = new Date()): Promise<SeedResult> {
  const logins = demoLogins(demoOrganizations);
  const [existing] = await db.select({ count: sql<number>`count(*)::int` }).from(organizations);
  if (Number(existing?.count ?? 0) > 0) return { created: false, logins };

  // Hashed once: argon2id is deliberately slow, and every demo user shares the password.
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const organizationIds: string[] = [];
    for (const org of demoOrganizations) {
      const organizationId = await seedOrganization(tx, org);
      const areaIds = await seedPlaces(tx, organizationId, org);
      const users = await seedUsers(tx, {
        organizationId,
        org,
        areaIds: [...areaIds.values()],
        passwordHash,
      });
      await seedReports(tx, {
        organizationId,
        org,
        areaIds,
        fieldStaff: users.get('field_staff') as { userId: string; areaIds: string[] },
        coordinatorUserId: users.get('safety_coordinator')?.userId as string,
        now,
      });
      await seedSurveys(tx, { organizationId, org, areaIds });
      organizationIds.push(organizationId);
    }
    await seedSharedUser(tx, organizationIds, passwordHash);
    // In the same transaction: a database holds the demo exactly when it is marked as a demo.
    await recordDemoSeeded(tx, now);
  });
  return { created: true, logins };
}
