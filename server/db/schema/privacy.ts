import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from './organizations';

/**
 * The organization's privacy contacts, shown in the tenant privacy notice (GDPR art. 13): the
 * controller, its data-protection officer and where to ask. Its own table rather than keys in
 * organizations.settings: the columns say which fields are required (the notice cannot work
 * without a controller and a DPO e-mail), the public notice reads exactly these columns, and
 * other settings' changes cannot overwrite them in a shared jsonb.
 */
export const organizationPrivacy = pgTable('organization_privacy', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id),
  controllerName: text('controller_name').notNull(),
  controllerOrgNumber: text('controller_org_number').notNull(),
  controllerAddress: text('controller_address').notNull(),
  /** A municipal company: the legal basis for reports and surveys is a task in the public interest. */
  publicSector: boolean('public_sector').notNull(),
  dpoName: text('dpo_name'),
  dpoEmail: text('dpo_email').notNull(),
  dpoPhone: text('dpo_phone'),
  contactEmail: text('contact_email').notNull(),
  contactPhone: text('contact_phone'),
  contactWeb: text('contact_web'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
