/** The fixed vocabularies of reports and work orders (see domain.md, "Act"). */

/** Languages of the tenant pages. sv and en are also staff languages; ar and fa are right-to-left. */
export const tenantLocales = ['sv', 'en', 'ar', 'so', 'fa', 'ti'] as const;
export type TenantLocale = (typeof tenantLocales)[number];
export const rightToLeftLocales: readonly TenantLocale[] = ['ar', 'fa'];

/**
 * new: not yet looked at · accepted: seen, will be handled · in_progress: a work order is under
 * way · done · rejected (with a reason) · duplicate (merged into another report) · forwarded
 * (not ours; another body has it).
 */
export const reportStatuses = [
  'new',
  'accepted',
  'in_progress',
  'done',
  'rejected',
  'duplicate',
  'forwarded',
] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const closedReportStatuses: readonly ReportStatus[] = ['done', 'rejected', 'duplicate', 'forwarded'];

/** web: the tenant page opened plainly · qr: from an entrance's QR code · staff · open311 · email. */
export const reportSources = ['web', 'qr', 'staff', 'open311'] as const;
export type ReportSource = (typeof reportSources)[number];

/** The three pillars of safety work (domain.md). */
export const pillars = ['physical', 'management', 'social'] as const;
export type Pillar = (typeof pillars)[number];

export const workOrderStatuses = ['new', 'planned', 'in_progress', 'done', 'wont_do'] as const;
export type WorkOrderStatus = (typeof workOrderStatuses)[number];

export const priorities = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof priorities)[number];

/** Duplicate suggestions: same category within this distance and time. */
export const duplicateRadiusMeters = 50;
export const duplicateWindowDays = 14;

/** Public intake limits. */
export const maxPhotosPerReport = 3;
export const maxPhotoBytes = 15 * 1024 * 1024;
export const maxDescriptionLength = 2000;
