/**
 * The retention periods the privacy notice and the tenant e-mails name, in months. They are not
 * set here: they are read from the retention schedule (common/retention/schedule.ts) and each
 * organization's own periods by server/modules/privacy/retention.ts, so the notice always says
 * what the retention job does.
 *
 * Counted from: contactDetails — the report's closing; reportText and photos — the report's
 * closing; surveyCodes — the wave's closing; outbox — the mail's sending; cases — the case's
 * closing; auditLog — the entry.
 */
export const retentionKinds = [
  'contactDetails',
  'reportText',
  'photos',
  'surveyCodes',
  'outbox',
  'cases',
  'auditLog',
] as const;
export type RetentionKind = (typeof retentionKinds)[number];
export type RetentionMonths = Record<RetentionKind, number>;
