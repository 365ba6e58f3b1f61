/**
 * How long Trygg keeps each kind of personal data, in months, when an organization has not set
 * its own period. The ONE place these defaults live: the privacy notice, the invitation e-mail
 * and docs/record-of-processing.md read them from here (per-organization values are wired in
 * through server/modules/privacy/retention.ts).
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

export const retentionDefaults: RetentionMonths = {
  // Long enough to answer a follow-up question after closing; not kept for later marketing.
  contactDetails: 3,
  // Descriptions and photos show what was reported and done; after two years only counts remain.
  reportText: 24,
  photos: 24,
  // Codes and invitations matter only while the wave can be answered and its counts checked.
  surveyCodes: 1,
  // The copy of each sent e-mail, kept to answer "did you write to me?".
  outbox: 3,
  // Cases may need to show what happened in a rent-tribunal or court matter (legal claims).
  cases: 36,
  // The access and change log, for reviewing who read or changed what.
  auditLog: 36,
};
