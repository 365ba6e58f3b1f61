import type { Role } from '../../common/roles';
import type { Tx } from '../db/client';
import { membershipAreas, memberships, users } from '../db/schema';
import type { DemoOrganization } from './demo-data';
import { demoId } from './demo-ids';

/**
 * The one password of every demo user: long, not on the common-password list, and printed by
 * `npm start`. Demo installations only — set SEED_DEMO=false in production.
 */
export const demoPassword = 'trygg-demo-2026';

type DemoUser = {
  role: Role;
  localPart: string;
  displayName: string;
  /** Indexes into the organization's areas; undefined means all areas. */
  areaIndexes?: number[];
};

// E-mail addresses are <Swedish job title>@<company>.demo. The area manager and the area host
// are scoped to two areas each (different ones), so scoping can be tried from the demo.
const demoUsers: DemoUser[] = [
  { role: 'admin', localPart: 'admin', displayName: 'Alva Administratör' },
  { role: 'safety_coordinator', localPart: 'samordnare', displayName: 'Sara Samordnare' },
  { role: 'social_coordinator', localPart: 'bosocial', displayName: 'Bashir Bosocial' },
  { role: 'area_manager', localPart: 'forvaltare', displayName: 'Fredrik Förvaltare', areaIndexes: [0, 1] },
  { role: 'field_staff', localPart: 'omradesvard', displayName: 'Omar Områdesvärd', areaIndexes: [2, 3] },
  { role: 'guard', localPart: 'vakt', displayName: 'Vera Vakt' },
  { role: 'viewer', localPart: 'ledning', displayName: 'Linnea Ledning' },
  { role: 'partner', localPart: 'samverkan', displayName: 'Per Polis' },
];

/** A safety strategist who works for both companies, to show switching organization. */
export const sharedDemoUser = {
  email: 'strateg@trygg.demo',
  displayName: 'Kim Konsult',
  role: 'safety_coordinator' as Role,
};

/** organization: the company's slug, or 'both' for the shared user. */
export type DemoLogin = {
  organization: string;
  role: Role;
  email: string;
  displayName: string;
  password: string;
};

/** Every demo login, in the order `npm start` prints them. */
export function demoLogins(organizations: DemoOrganization[]): DemoLogin[] {
  const perOrganization = organizations.flatMap((org) =>
    demoUsers.map((user) => ({
      organization: org.slug,
      role: user.role,
      email: `${user.localPart}@${org.mailDomain}`,
      displayName: user.displayName,
      password: demoPassword,
    })),
  );
  const { email, displayName, role } = sharedDemoUser;
  const shared = { organization: 'both', role, email, displayName };
  return [...perOrganization, { ...shared, password: demoPassword }];
}

/** Inserts the organization's demo users and their memberships; returns each role's user and areas. */
export async function seedUsers(
  tx: Tx,
  input: { organizationId: string; org: DemoOrganization; areaIds: string[]; passwordHash: string },
) {
  const seeded = new Map<Role, { userId: string; areaIds: string[] }>();
  for (const user of demoUsers) {
    const userId = demoId(`user/${user.localPart}@${input.org.mailDomain}`);
    await tx.insert(users).values({
      id: userId,
      email: `${user.localPart}@${input.org.mailDomain}`,
      displayName: user.displayName,
      passwordHash: input.passwordHash,
      locale: 'sv',
    });
    const areaIds = user.areaIndexes?.map((index) => input.areaIds[index]);
    await addDemoMembership(tx, { organizationId: input.organizationId, userId, role: user.role, areaIds });
    seeded.set(user.role, { userId, areaIds: areaIds ?? input.areaIds });
  }
  return seeded;
}

/** Inserts the user who belongs to both organizations (English, to show the other locale). */
export async function seedSharedUser(tx: Tx, organizationIds: string[], passwordHash: string) {
  const userId = demoId(`user/${sharedDemoUser.email}`);
  await tx.insert(users).values({
    id: userId,
    email: sharedDemoUser.email,
    displayName: sharedDemoUser.displayName,
    passwordHash,
    locale: 'en',
  });
  for (const organizationId of organizationIds) {
    await addDemoMembership(tx, { organizationId, userId, role: sharedDemoUser.role });
  }
}

async function addDemoMembership(
  tx: Tx,
  input: { organizationId: string; userId: string; role: Role; areaIds?: string[] },
) {
  const id = demoId(`membership/${input.organizationId}/${input.userId}/${input.role}`);
  await tx.insert(memberships).values({
    organizationId: input.organizationId,
    id,
    userId: input.userId,
    role: input.role,
    allAreas: input.areaIds === undefined,
  });
  for (const areaId of input.areaIds ?? []) {
    await tx
      .insert(membershipAreas)
      .values({ organizationId: input.organizationId, membershipId: id, areaId });
  }
}
