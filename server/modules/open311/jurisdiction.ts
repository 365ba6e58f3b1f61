import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';
import { Open311Error } from './open311-error';

export type Jurisdiction = { id: string; name: string; slug: string };

const columns = { id: organizations.id, name: organizations.name, slug: organizations.slug };

/**
 * The organization an Open311 call is about. jurisdiction_id is the organization's slug. The
 * specification makes it required only where an endpoint serves several jurisdictions, so
 * without it we use the caller's own organization (a logged-in staff member, or the owner of
 * the api_key), else the only organization of a single-company installation, else 400.
 */
export async function resolveJurisdiction(
  db: Db,
  request: FastifyRequest,
  jurisdictionId: string | undefined,
  fallbackOrganizationId?: string,
): Promise<Jurisdiction> {
  const live = isNull(organizations.archivedAt);
  if (jurisdictionId) {
    const [found] = await db
      .select(columns)
      .from(organizations)
      .where(and(eq(organizations.slug, jurisdictionId), live));
    if (!found) throw new Open311Error(404, 'jurisdictionNotFound', 'jurisdiction_id');
    return found;
  }
  const ownId = fallbackOrganizationId ?? request.auth?.actor?.organizationId;
  if (ownId) {
    const [own] = await db
      .select(columns)
      .from(organizations)
      .where(and(eq(organizations.id, ownId), live));
    if (own) return own;
  }
  const only = await db.select(columns).from(organizations).where(live).limit(2);
  if (only.length === 1 && only[0]) return only[0];
  throw new Open311Error(400, 'jurisdictionRequired', 'jurisdiction_id');
}
