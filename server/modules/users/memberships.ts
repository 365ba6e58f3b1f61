import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { membershipInput } from '../../../common/contracts/users';
import type { FieldIssue } from '../../../common/errors';
import type { Locale } from '../../../common/roles';
import type { Tx } from '../../db/client';
import { areas, membershipAreas, memberships } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';

export type MembershipInput = z.infer<typeof membershipInput>;

const messages: Record<Locale, Record<'duplicate' | 'unknownArea' | 'noAreas', string>> = {
  sv: {
    duplicate: 'rollen finns redan en gång',
    unknownArea: 'innehåller ett område som inte finns i organisationen',
    noAreas: 'välj minst ett område, eller alla områden',
  },
  en: {
    duplicate: 'the role is already listed once',
    unknownArea: 'contains an area that is not in the organization',
    noAreas: 'choose at least one area, or all areas',
  },
};

/** Of the areas the memberships list, those that are areas of this organization. */
async function knownAreaIds(tx: Tx, organizationId: string, input: MembershipInput[]): Promise<Set<string>> {
  const wanted = [...new Set(input.flatMap((m) => m.areaIds ?? []))];
  const found = wanted.length
    ? await tx
        .select({ id: areas.id })
        .from(areas)
        .where(and(eq(areas.organizationId, organizationId), inArray(areas.id, wanted)))
    : [];
  return new Set(found.map((row) => row.id));
}

/** Each role at most once, and every listed area an area of this organization. */
export async function assertValidMemberships(
  tx: Tx,
  organizationId: string,
  input: MembershipInput[],
  locale: Locale,
): Promise<void> {
  const text = messages[locale];
  const known = await knownAreaIds(tx, organizationId, input);
  const issues: FieldIssue[] = [];
  input.forEach((m, i) => {
    if (input.findIndex((other) => other.role === m.role) < i) {
      issues.push({ path: `memberships.${i}.role`, message: text.duplicate });
    }
    if (m.areaIds?.length === 0) issues.push({ path: `memberships.${i}.areaIds`, message: text.noAreas });
    if (m.areaIds?.some((id) => !known.has(id))) {
      issues.push({ path: `memberships.${i}.areaIds`, message: text.unknownArea });
    }
  });
  if (issues.length > 0) throw new AppError('validation_failed', issues);
}

/**
 * Replaces the user's memberships in this organization (their other organizations are
 * untouched), keeping a suspension in force.
 */
export async function replaceMemberships(
  tx: Tx,
  organizationId: string,
  userId: string,
  input: MembershipInput[],
  suspendedAt: Date | null = null,
): Promise<void> {
  await tx
    .delete(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
  for (const m of input) {
    const id = newId();
    await tx
      .insert(memberships)
      .values({ organizationId, id, userId, role: m.role, allAreas: m.areaIds === null, suspendedAt });
    if (m.areaIds?.length) {
      await tx
        .insert(membershipAreas)
        .values([...new Set(m.areaIds)].map((areaId) => ({ organizationId, membershipId: id, areaId })));
    }
  }
}

/** Suspends or resumes every role of the user in this organization. */
export async function setMembershipSuspended(
  tx: Tx,
  organizationId: string,
  userId: string,
  suspended: boolean,
): Promise<void> {
  await tx
    .update(memberships)
    .set({ suspendedAt: suspended ? new Date() : null })
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

/** Removes the user from this organization (their areas go with the roles, by cascade). */
export async function removeMemberships(tx: Tx, organizationId: string, userId: string): Promise<void> {
  await tx
    .delete(memberships)
    .where(and(eq(memberships.organizationId, organizationId), eq(memberships.userId, userId)));
}

/** Keeps only the areas that still exist in the organization (an invitation may be days old). */
export async function existingAreasOnly(
  tx: Tx,
  organizationId: string,
  input: MembershipInput[],
): Promise<MembershipInput[]> {
  const known = await knownAreaIds(tx, organizationId, input);
  return input.map((m) => ({
    role: m.role,
    areaIds: m.areaIds === null ? null : m.areaIds.filter((id) => known.has(id)),
  }));
}
