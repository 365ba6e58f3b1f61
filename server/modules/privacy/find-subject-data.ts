import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import {
  mailOutbox,
  memberships,
  photos,
  reportCategories,
  reports,
  reportUpdates,
  surveyCodes,
  surveyWaves,
  users,
} from '../../db/schema';
import { matchesSubject, type Subject } from './subject';

export type SubjectReport = {
  report: typeof reports.$inferSelect;
  categoryName: Record<string, string>;
  updates: (typeof reportUpdates.$inferSelect)[];
  photos: (typeof photos.$inferSelect)[];
};
export type SubjectMail = typeof mailOutbox.$inferSelect;
export type SubjectInvitation = {
  id: string;
  waveName: string;
  inviteReason: string | null;
  usedOn: string | null;
  expiresOn: string | null;
  createdAt: Date;
};

/** Everything one organization holds about one person (found by e-mail or phone). */
export type SubjectData = {
  reports: SubjectReport[];
  mails: SubjectMail[];
  surveyInvitations: SubjectInvitation[];
  isStaffUser: boolean;
};

/** The organization's reports where the person is the contact, with category, timeline and photos. */
async function reportsOf(tx: Tx, organizationId: string, subject: Subject): Promise<SubjectReport[]> {
  const rows = await tx
    .select({ report: reports, categoryName: reportCategories.name })
    .from(reports)
    .innerJoin(
      reportCategories,
      and(
        eq(reportCategories.organizationId, reports.organizationId),
        eq(reportCategories.id, reports.categoryId),
      ),
    )
    .where(
      and(
        eq(reports.organizationId, organizationId),
        matchesSubject(subject, { email: reports.reporterEmail, phone: reports.reporterPhone }),
      ),
    )
    .orderBy(asc(reports.createdAt), asc(reports.id));
  const ids = rows.map((row) => row.report.id);
  if (ids.length === 0) return [];
  const updates = await tx
    .select()
    .from(reportUpdates)
    .where(and(eq(reportUpdates.organizationId, organizationId), inArray(reportUpdates.reportId, ids)))
    .orderBy(asc(reportUpdates.createdAt), asc(reportUpdates.id));
  const pictures = await tx
    .select()
    .from(photos)
    .where(
      and(
        eq(photos.organizationId, organizationId),
        eq(photos.ownerType, 'report'),
        inArray(photos.ownerId, ids),
      ),
    );
  return rows.map(({ report, categoryName }) => ({
    report,
    categoryName,
    updates: updates.filter((update) => update.reportId === report.id),
    photos: pictures.filter((photo) => photo.ownerId === report.id),
  }));
}

/**
 * The organization's kept mail to the person's address, and about their reports (a report
 * forwarded to another body carries its description and tracking code).
 */
async function mailsOf(tx: Tx, organizationId: string, subject: Subject, trackingCodes: string[]) {
  const about = trackingCodes.map((code) => sql`position(${code} in ${mailOutbox.body}) > 0`);
  return tx
    .select()
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.organizationId, organizationId),
        or(matchesSubject(subject, { email: mailOutbox.recipient }), ...about),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
}

/** Survey invitations of the organization still holding the person's address. */
async function invitationsOf(tx: Tx, organizationId: string, subject: Subject): Promise<SubjectInvitation[]> {
  return tx
    .select({
      id: surveyCodes.id,
      waveName: surveyWaves.name,
      inviteReason: surveyCodes.inviteReason,
      usedOn: surveyCodes.usedOn,
      expiresOn: surveyCodes.expiresOn,
      createdAt: surveyCodes.createdAt,
    })
    .from(surveyCodes)
    .innerJoin(
      surveyWaves,
      and(eq(surveyWaves.organizationId, surveyCodes.organizationId), eq(surveyWaves.id, surveyCodes.waveId)),
    )
    .where(
      and(
        eq(surveyCodes.organizationId, organizationId),
        matchesSubject(subject, { email: surveyCodes.inviteEmail }),
      ),
    )
    .orderBy(asc(surveyCodes.createdAt));
}

/** Whether the address belongs to a member of this organization (their account is not erased here). */
async function isStaffUserOf(tx: Tx, organizationId: string, subject: Subject): Promise<boolean> {
  if (!('email' in subject)) return false;
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(
      and(eq(memberships.organizationId, organizationId), matchesSubject(subject, { email: users.email })),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Everything the organization holds about the person: only this organization's rows, however
 * many organizations the person reported to or works for.
 */
export async function findSubjectData(
  tx: Tx,
  organizationId: string,
  subject: Subject,
): Promise<SubjectData> {
  const found = await reportsOf(tx, organizationId, subject);
  const codes = found.map((item) => item.report.trackingCode);
  return {
    reports: found,
    mails: await mailsOf(tx, organizationId, subject, codes),
    surveyInvitations: await invitationsOf(tx, organizationId, subject),
    isStaffUser: await isStaffUserOf(tx, organizationId, subject),
  };
}
