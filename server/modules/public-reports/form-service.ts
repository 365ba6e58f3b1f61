import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { PublicPlace, ReportForm } from '../../../common/contracts/public-reports';
import type { TenantLocale } from '../../../common/reporting';
import type { Db } from '../../db/client';
import { areas, reportCategories } from '../../db/schema';
import { notFound } from '../../platform/errors';
import { publishesSummaries } from '../open311/publication-service';
import { entranceOfToken } from '../reports/place-of-report';
import { localize } from './localize';
import { organizationById, organizationBySlug, type PublicOrganization } from './organization';

type FormQuery = { org?: string; entrance?: string; locale?: TenantLocale };

/** The categories a reporter may choose, in their language. */
export async function publicCategories(db: Db, organizationId: string, locale: TenantLocale) {
  const rows = await db
    .select()
    .from(reportCategories)
    .where(and(eq(reportCategories.organizationId, organizationId), isNull(reportCategories.archivedAt)))
    .orderBy(asc(reportCategories.sortOrder), asc(reportCategories.key));
  return rows.map((row) => ({
    key: row.key,
    name: localize(row.name, locale),
    description: localize(row.description, locale),
    restricted: row.restricted,
  }));
}

async function organizationBounds(db: Db, organizationId: string): Promise<ReportForm['bounds']> {
  const [box] = await db
    .select({
      minLon: sql<number | null>`min(${areas.minLon})`,
      minLat: sql<number | null>`min(${areas.minLat})`,
      maxLon: sql<number | null>`max(${areas.maxLon})`,
      maxLat: sql<number | null>`max(${areas.maxLat})`,
    })
    .from(areas)
    .where(and(eq(areas.organizationId, organizationId), isNull(areas.archivedAt)));
  if (box?.minLon == null || box.minLat == null || box.maxLon == null || box.maxLat == null) return null;
  return [Number(box.minLon), Number(box.minLat), Number(box.maxLon), Number(box.maxLat)];
}

/**
 * The report form's data: opened from a QR code (entrance token, which also names the
 * organization) or plainly for an organization. Unknown organization or token: 404.
 */
export async function reportForm(db: Db, query: FormQuery): Promise<ReportForm> {
  const locale = query.locale ?? 'sv';
  const entrance = query.entrance ? await entranceOfToken(db, null, query.entrance) : null;
  if (query.entrance && !entrance) throw notFound();
  let organization: PublicOrganization | null = null;
  if (query.org) organization = await organizationBySlug(db, query.org);
  else if (entrance) organization = await organizationById(db, entrance.organizationId);
  if (!organization || (entrance && entrance.organizationId !== organization.id)) throw notFound();
  const place: PublicPlace | null = entrance
    ? {
        entranceToken: query.entrance ?? null,
        label: entrance.label,
        address: entrance.address,
        areaName: entrance.areaName,
        lon: entrance.lon,
        lat: entrance.lat,
      }
    : null;
  return {
    organization: { name: organization.name, slug: organization.slug },
    categories: await publicCategories(db, organization.id, locale),
    place,
    bounds: await organizationBounds(db, organization.id),
    publication: (await publishesSummaries(db, organization.id)) ? 'moderated' : 'coarse',
  };
}
