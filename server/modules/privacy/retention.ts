import { type RetentionMonths, retentionDefaults } from '../../../common/privacy/retention-defaults';
import type { Db } from '../../db/client';

/**
 * The retention period of each kind of data for one organization, in months. Today every
 * organization has the defaults; per-organization retention settings are read here when they
 * exist, so the privacy notice and the e-mails always say what the retention job does.
 */
export async function retentionMonths(_db: Db, _organizationId: string | null): Promise<RetentionMonths> {
  return { ...retentionDefaults };
}
