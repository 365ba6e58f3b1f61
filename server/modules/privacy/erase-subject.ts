import { and, eq, inArray } from 'drizzle-orm';
import type { SubjectCounts } from '../../../common/contracts/privacy';
import type { Db, Tx } from '../../db/client';
import { mailOutbox, surveyCodes } from '../../db/schema';
import type { Actor } from '../../platform/actor';
import type { FileStorage } from '../../platform/storage';
import { eraseReportContent } from './erase-report-content';
import { findSubjectData } from './find-subject-data';
import { recordSubjectRequest } from './record-subject-request';
import { matchesSubject, type Subject } from './subject';

/** Clears the person's address from the organization's survey invitations; the codes stay usable. */
async function clearInvitationAddresses(tx: Tx, organizationId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const cleared = await tx
    .update(surveyCodes)
    .set({ inviteEmail: null })
    .where(and(eq(surveyCodes.organizationId, organizationId), inArray(surveyCodes.id, ids)))
    .returning({ id: surveyCodes.id });
  return cleared.length;
}

/** Deletes the organization's remaining kept mail to the person's address. */
async function deleteMailTo(tx: Tx, organizationId: string, subject: Subject): Promise<number> {
  const deleted = await tx
    .delete(mailOutbox)
    .where(
      and(
        eq(mailOutbox.organizationId, organizationId),
        matchesSubject(subject, { email: mailOutbox.recipient }),
      ),
    )
    .returning({ id: mailOutbox.id });
  return deleted.length;
}

/**
 * Erases one person's data in the actor's organization (GDPR art. 17), in one transaction with
 * its audit entry: a failure leaves everything as it was, and a rerun finds nothing left. Other
 * organizations' rows and the person's staff account, if any, are not touched. Photo files go
 * last, once every row is gone (files cannot roll back; a rerun would find any rows left).
 */
export async function eraseSubject(
  db: Db,
  storage: FileStorage,
  actor: Actor,
  request: { subject: Subject; reference: string },
): Promise<SubjectCounts> {
  const organizationId = actor.organizationId;
  return db.transaction(async (tx) => {
    const data = await findSubjectData(tx, organizationId, request.subject);
    const erased: SubjectCounts = { reports: 0, timelineTexts: 0, photos: 0, mails: 0, surveyInvitations: 0 };
    const photoKeys: string[] = [];
    for (const { report } of data.reports) {
      const content = await eraseReportContent(tx, report);
      erased.reports++;
      erased.timelineTexts += content.timelineTexts;
      erased.photos += content.photos;
      erased.mails += content.mails;
      photoKeys.push(...content.photoKeys);
    }
    erased.mails += await deleteMailTo(tx, organizationId, request.subject);
    const invitationIds = data.surveyInvitations.map((invitation) => invitation.id);
    erased.surveyInvitations = await clearInvitationAddresses(tx, organizationId, invitationIds);
    await recordSubjectRequest(tx, actor, 'subject_erase', { ...request, counts: erased });
    for (const key of photoKeys) await storage.delete(key);
    return erased;
  });
}
