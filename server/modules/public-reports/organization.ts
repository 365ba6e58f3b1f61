import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';

export type PublicOrganization = { id: string; name: string; slug: string };

/** An organization by its slug, as the public pages know it; archived ones are gone. */
export async function organizationBySlug(db: Db, slug: string): Promise<PublicOrganization | null> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(and(eq(organizations.slug, slug), isNull(organizations.archivedAt)));
  return row ?? null;
}

export async function organizationById(db: Db, id: string): Promise<PublicOrganization | null> {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
    .from(organizations)
    .where(and(eq(organizations.id, id), isNull(organizations.archivedAt)));
  return row ?? null;
}
