import { z } from 'zod';
import { tenantLocale } from './public-reports';

const text = (max: number) => z.string().trim().max(max);
/** An empty field is "not given" (null), so an admin can clear one. */
const optionalText = (max: number) =>
  text(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .default(null);
const optionalPhone = z
  .union([
    z.literal('').transform(() => null),
    z
      .string()
      .trim()
      .regex(/^[+0-9 ()-]{5,30}$/),
  ])
  .nullable()
  .default(null);

/**
 * Who answers for the organization's processing of tenants' data (GDPR art. 13): the controller,
 * its data-protection officer and where tenants send privacy questions. Set by admins.
 */
export const privacyContactsInput = z.strictObject({
  controllerName: text(200).min(1),
  controllerOrgNumber: z
    .string()
    .trim()
    .regex(/^\d{6}-?\d{4}$/),
  controllerAddress: text(300).min(1),
  /** A municipal housing company (allmännyttan): reports and surveys rest on public interest. */
  publicSector: z.boolean(),
  dpoName: optionalText(200),
  dpoEmail: z.email().max(254),
  dpoPhone: optionalPhone,
  contactEmail: z.email().max(254),
  contactPhone: optionalPhone,
  contactWeb: z
    .union([z.literal('').transform(() => null), z.url().max(300)])
    .nullable()
    .default(null),
});
export type PrivacyContactsInput = z.infer<typeof privacyContactsInput>;

export const privacyContactsView = z.object({
  controllerName: z.string(),
  controllerOrgNumber: z.string(),
  controllerAddress: z.string(),
  publicSector: z.boolean(),
  dpoName: z.string().nullable(),
  dpoEmail: z.string(),
  dpoPhone: z.string().nullable(),
  contactEmail: z.string(),
  contactPhone: z.string().nullable(),
  contactWeb: z.string().nullable(),
});
export type PrivacyContactsView = z.infer<typeof privacyContactsView>;

/** GET /organization/privacy: null until an admin has filled it in. */
export const privacySettingsView = z.object({
  contacts: privacyContactsView.nullable(),
  noticeUrl: z.string(),
});

/** ?org=<slug> names the organization; without it the notice is the general one. */
export const privacyNoticeQuery = z.strictObject({
  org: z.string().trim().min(1).max(100).optional(),
  locale: tenantLocale.optional(),
});

/**
 * The retention periods the notice names, in months, as the retention job carries them out
 * (server/modules/privacy/retention.ts reads them from the schedule and the organization's own
 * settings). Counted from: contact details, report text and photos — the report's closing;
 * survey codes — the wave's closing; outbox — the mail's sending; cases — the case's closing;
 * audit log — the entry.
 */
export const retentionMonthsView = z.object({
  contactDetails: z.number().int(),
  reportText: z.number().int(),
  photos: z.number().int(),
  surveyCodes: z.number().int(),
  outbox: z.number().int(),
  cases: z.number().int(),
  auditLog: z.number().int(),
});
export type RetentionMonths = z.infer<typeof retentionMonthsView>;

/** What the tenant's privacy notice shows; the texts around it live in the tenant catalogues. */
export const privacyNotice = z.object({
  organization: z.object({ name: z.string(), slug: z.string() }).nullable(),
  contacts: privacyContactsView.nullable(),
  retention: retentionMonthsView,
  /** Days an invitation's link (and the address with it) lasts at most. */
  invitationDays: z.number().int(),
});
export type PrivacyNotice = z.infer<typeof privacyNotice>;
