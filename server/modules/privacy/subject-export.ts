import type { TenantLocale } from '../../../common/reporting';
import { localize } from '../public-reports/localize';
import type { SubjectData } from './find-subject-data';

/**
 * The person's data as the export (GDPR art. 15) gives it: every report where they are the
 * contact with its texts and timeline, the mail kept to them or about their reports, and survey
 * invitations to their address. Photos are listed (the files are not embedded).
 */
export function subjectExport(data: SubjectData, meta: { reference: string; organizationName: string }) {
  return {
    organization: meta.organizationName,
    reference: meta.reference,
    exportedAt: new Date().toISOString(),
    /** The language the person wrote in, where known: the PDF is in it (Swedish or English). */
    language: data.reports[0]?.report.locale ?? null,
    reports: data.reports.map(({ report, categoryName, updates, photos }) => ({
      trackingCode: report.trackingCode,
      category: localize(categoryName, report.locale as TenantLocale),
      status: report.status,
      receivedAt: report.createdAt.toISOString(),
      closedAt: report.closedAt?.toISOString() ?? null,
      language: report.locale,
      description: report.description,
      place: report.locationText,
      position: report.lat !== null && report.lon !== null ? { lat: report.lat, lon: report.lon } : null,
      contact: {
        name: report.reporterName,
        email: report.reporterEmail,
        phone: report.reporterPhone,
        wantsUpdates: report.wantsUpdates,
        consentGivenAt: report.contactConsentAt?.toISOString() ?? null,
      },
      reply: report.publicReply,
      timeline: updates.map((update) => ({
        at: update.createdAt.toISOString(),
        status: update.status,
        publicText: update.publicText,
        internalNote: update.internalNote,
      })),
      photos: photos.map((photo) => ({
        receivedAt: photo.createdAt.toISOString(),
        width: photo.width,
        height: photo.height,
        bytes: photo.bytes,
      })),
    })),
    mails: data.mails.map((mail) => ({
      to: mail.recipient,
      subject: mail.subject,
      text: mail.body,
      at: mail.createdAt.toISOString(),
    })),
    surveyInvitations: data.surveyInvitations.map((invitation) => ({
      survey: invitation.waveName,
      reason: invitation.inviteReason,
      sentAt: invitation.createdAt.toISOString(),
      expiresOn: invitation.expiresOn,
      answered: invitation.usedOn !== null,
    })),
    isStaffUser: data.isStaffUser,
  };
}
export type SubjectExport = ReturnType<typeof subjectExport>;
