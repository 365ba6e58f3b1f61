import { eq } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';
import { publicBaseUrl } from '../../platform/public-url';

/** The notice's path on the tenant pages: /privacy/<slug>, or the general /privacy. */
export const privacyNoticePath = (slug: string | null) =>
  slug ? `/privacy/${encodeURIComponent(slug)}` : '/privacy';

/** The tenant privacy notice of an organization (the general one without a slug). */
export function privacyNoticeUrl(config: Config, slug: string | null): string {
  return `${publicBaseUrl(config)}${privacyNoticePath(slug)}`;
}

/** The notice's address for mail sent on an organization's behalf, found by its id. */
export async function privacyNoticeUrlOf(db: Db, config: Config, organizationId: string): Promise<string> {
  const [row] = await db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return privacyNoticeUrl(config, row?.slug ?? null);
}
