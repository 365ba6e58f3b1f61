import type { SubjectCounts, SubjectSummary } from '../../../common/contracts/privacy';
import type { ReportStatus, TenantLocale } from '../../../common/reporting';
import { localize } from '../public-reports/localize';
import type { SubjectData } from './find-subject-data';

/** How many of each kind of thing the organization holds about the person. */
export function countSubjectData(data: SubjectData): SubjectCounts {
  const updates = data.reports.flatMap((item) => item.updates);
  return {
    reports: data.reports.length,
    timelineTexts: updates.filter((update) => update.publicText !== null || update.internalNote !== null)
      .length,
    photos: data.reports.reduce((sum, item) => sum + item.photos.length, 0),
    mails: data.mails.length,
    surveyInvitations: data.surveyInvitations.length,
  };
}

/** What the search shows staff: counts and the reports, not their texts (those are in the export). */
export function subjectSummary(data: SubjectData, locale: TenantLocale): SubjectSummary {
  return {
    counts: countSubjectData(data),
    reports: data.reports.map(({ report, categoryName }) => ({
      id: report.id,
      trackingCode: report.trackingCode,
      status: report.status as ReportStatus,
      categoryName: localize(categoryName, locale),
      createdAt: report.createdAt.toISOString(),
      locale: report.locale,
    })),
    isStaffUser: data.isStaffUser,
  };
}
