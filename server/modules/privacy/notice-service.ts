import type { PrivacyNotice } from '../../../common/contracts/privacy-notice';
import type { Db } from '../../db/client';
import { notFound } from '../../platform/errors';
import { organizationBySlug } from '../public-reports/organization';
import { invitationDays } from '../surveys/invitations-service';
import { contactsOf } from './contacts-service';
import { retentionMonths } from './retention';

/**
 * What the tenant privacy notice shows for an organization: its controller and DPO, and the
 * retention periods the retention job applies. Without a slug: the general notice (the survey
 * code page, before the code names the organization), with default periods and no contacts.
 */
export async function privacyNoticeOf(db: Db, slug: string | undefined): Promise<PrivacyNotice> {
  if (!slug) {
    return { organization: null, contacts: null, retention: await retentionMonths(db, null), invitationDays };
  }
  const organization = await organizationBySlug(db, slug);
  if (!organization) throw notFound();
  return {
    organization: { name: organization.name, slug: organization.slug },
    contacts: await contactsOf(db, organization.id),
    retention: await retentionMonths(db, organization.id),
    invitationDays,
  };
}
