import { eq } from 'drizzle-orm';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { organizations } from '../../db/schema';
import { publicBaseUrl } from '../../platform/public-url';

/** The tenant privacy notice of an organization (the general one without a slug). */
export function privacyNoticeUrl(config: Config, slug: string | null): string {
  const base = `${publicBaseUrl(config)}/privacy`;
  return slug ? `${base}/${encodeURIComponent(slug)}` : base;
}

/** The notice's address for mail sent on an organization's behalf, found by its id. */
export async function privacyNoticeUrlOf(db: Db, config: Config, organizationId: string): Promise<string> {
  const [row] = await db
    .select({ slug: organizations.slug })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return privacyNoticeUrl(config, row?.slug ?? null);
}
