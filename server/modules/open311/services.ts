import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { open311Service } from '../../../common/contracts/open311';
import type { Pillar, TenantLocale } from '../../../common/reporting';
import type { Db } from '../../db/client';
import { reportCategories } from '../../db/schema';
import { localized } from './localized';
import { Open311Error } from './open311-error';

type Category = typeof reportCategories.$inferSelect;

const pillarNames: Record<Pillar, { sv: string; en: string }> = {
  physical: { sv: 'Fysisk miljö', en: 'Physical environment' },
  management: { sv: 'Förvaltning och kontroll', en: 'Management and control' },
  social: { sv: 'Social hållbarhet', en: 'Social resilience' },
};

/** The categories an Open311 client may file under, in the organization's order. */
export async function activeCategories(db: Db, organizationId: string): Promise<Category[]> {
  return db
    .select()
    .from(reportCategories)
    .where(and(eq(reportCategories.organizationId, organizationId), isNull(reportCategories.archivedAt)))
    .orderBy(asc(reportCategories.sortOrder), asc(reportCategories.key));
}

/** One active category by its service_code (our category key), or 404. */
export async function categoryByCode(db: Db, organizationId: string, code: string): Promise<Category> {
  const [found] = await db
    .select()
    .from(reportCategories)
    .where(
      and(
        eq(reportCategories.organizationId, organizationId),
        eq(reportCategories.key, code),
        isNull(reportCategories.archivedAt),
      ),
    );
  if (!found) throw new Open311Error(404, 'serviceNotFound', 'service_code');
  return found;
}

/** Appended to a restricted service's description: a client must know it cannot read it back. */
const confidential = {
  sv: ' Ärenden i denna tjänst hanteras konfidentiellt av hyresvärden och går inte att läsa tillbaka via API:t (de finns inte i requests eller servicerequestupdates).',
  en: ' Requests to this service are handled confidentially by the landlord and cannot be read back through the API (they are not in requests or servicerequestupdates).',
};

/**
 * A category as an Open311 service. Restricted ones (disturbance, subletting) are listed too,
 * so a municipality's 311 can forward such reports to the landlord; their description says
 * they are handled confidentially and are never readable through the API.
 */
export function presentService(category: Category, locale: TenantLocale): z.infer<typeof open311Service> {
  const pillar = pillarNames[category.pillar as Pillar] ?? pillarNames.physical;
  const names = [category.name.sv, category.name.en, category.key].filter((name): name is string => !!name);
  return {
    service_code: category.key,
    service_name: localized(category.name, locale),
    description:
      localized(category.description, locale) +
      (category.restricted ? confidential[locale === 'sv' ? 'sv' : 'en'] : ''),
    metadata: true,
    type: 'realtime',
    keywords: [...new Set(names)].join(', '),
    group: locale === 'sv' ? pillar.sv : pillar.en,
  };
}
