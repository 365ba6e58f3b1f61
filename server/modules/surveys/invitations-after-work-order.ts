import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { TenantLocale } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { reports, surveyWaves } from '../../db/schema';
import { publicBaseUrl } from '../../platform/public-url';
import { sendInvitation, storeInvitation } from './invitations-service';

/** An invitation stored in the work order's transaction, to be mailed after the commit. */
export type PendingInvitation = {
  organizationId: string;
  to: string;
  code: string;
  expiresOn: string;
  locale: TenantLocale;
};

/**
 * When a work order is done and an open continuous survey covers its area, the reporters of its
 * reports who ticked that they want a survey about it (and have not withdrawn their e-mail) are invited: did the measure
 * make them feel safer? One invitation per address.
 */
export async function inviteAfterWorkOrder(
  tx: Tx,
  workOrder: { organizationId: string; areaId: string },
  workOrderId: string,
): Promise<PendingInvitation[]> {
  const [wave] = await tx
    .select()
    .from(surveyWaves)
    .where(
      and(
        eq(surveyWaves.organizationId, workOrder.organizationId),
        eq(surveyWaves.kind, 'continuous'),
        eq(surveyWaves.status, 'open'),
        sql`${surveyWaves.areaIds} ? ${workOrder.areaId}`,
      ),
    )
    .orderBy(desc(surveyWaves.startsOn))
    .limit(1);
  if (!wave) return [];
  const reporters = await tx
    .select({
      email: reports.reporterEmail,
      locale: reports.locale,
      buildingId: reports.buildingId,
      entranceId: reports.entranceId,
    })
    .from(reports)
    .where(
      and(
        eq(reports.organizationId, workOrder.organizationId),
        eq(reports.workOrderId, workOrderId),
        isNotNull(reports.reporterEmail),
        // Only who asked for it: an address left for status updates is not an invitation list.
        eq(reports.surveyInvitationOptIn, true),
        isNull(reports.contactWithdrawnAt),
      ),
    );
  const pending: PendingInvitation[] = [];
  const seen = new Set<string>();
  for (const reporter of reporters) {
    const email = (reporter.email as string).toLowerCase();
    if (seen.has(email)) continue;
    seen.add(email);
    const place = {
      areaId: workOrder.areaId,
      buildingId: reporter.buildingId,
      entranceId: reporter.entranceId,
      apartmentId: null,
    };
    const stored = await storeInvitation(tx, wave, {
      place,
      email,
      reason: 'work_order_done',
      now: new Date(),
    });
    pending.push({
      organizationId: wave.organizationId,
      to: email,
      code: stored.code,
      expiresOn: stored.expiresOn,
      locale: reporter.locale as TenantLocale,
    });
  }
  return pending;
}

/** Mails the invitations after the work order's commit; failures are logged, never thrown. */
export async function sendPendingInvitations(app: FastifyInstance, pending: PendingInvitation[]) {
  for (const invitation of pending) {
    const link = `${publicBaseUrl(app.config)}/s/${invitation.code}`;
    await sendInvitation(app, { ...invitation, link, fromReport: true });
  }
}
