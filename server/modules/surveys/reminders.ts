import { and, eq, gte, isNotNull, isNull, lt, lte, or } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { sameRow } from '../../db/same-row';
import { organizations, surveyCodes, surveyWaves } from '../../db/schema';
import { publicBaseUrl } from '../../platform/public-url';
import { privacyNoticeUrlOf } from '../privacy/notice-url';
import { retentionMonths } from '../privacy/retention';
import { swedishToday } from '../work-orders/presenter';
import { newSurveyCode, surveyCodeHash } from './codes';
import { reminderMail } from './invitations-mail';
import { invitationDays } from './invitations-service';

/** Days after an invitation that one reminder goes to a household that has not answered. */
export const reminderDays = 7;
/** How often the server looks for due reminders (a recurring job, server/background-jobs.ts). */
export const reminderIntervalMs = 15 * 60_000;

/** Invitation codes whose address is kept past their use: expired ones lose the address here. */
async function forgetExpiredAddresses(app: FastifyInstance, today: string) {
  await app.db
    .update(surveyCodes)
    .set({ inviteEmail: null })
    .where(and(isNotNull(surveyCodes.inviteEmail), lt(surveyCodes.expiresOn, today)));
}

/** Unused, unexpired invitations with an address, sent at least REMINDER_DAYS ago, in open waves. */
function dueInvitations(app: FastifyInstance, now: Date, today: string) {
  const sentBefore = new Date(now.getTime() - reminderDays * 86_400_000);
  return app.db
    .select({ code: surveyCodes, organizationName: organizations.name })
    .from(surveyCodes)
    .innerJoin(surveyWaves, sameRow(surveyWaves, surveyCodes.organizationId, surveyCodes.waveId))
    .innerJoin(organizations, eq(organizations.id, surveyCodes.organizationId))
    .where(
      and(
        isNotNull(surveyCodes.inviteEmail),
        isNull(surveyCodes.usedOn),
        isNull(surveyCodes.reminderSentAt),
        lte(surveyCodes.createdAt, sentBefore),
        or(isNull(surveyCodes.expiresOn), gte(surveyCodes.expiresOn, today)),
        eq(surveyWaves.status, 'open'),
      ),
    )
    .limit(500);
}

type Due = Awaited<ReturnType<typeof dueInvitations>>[number];

/**
 * One reminder: the code is replaced and the address forgotten first (claiming the row, so two
 * servers never both send), then the mail goes out; if sending fails, the row is put back as it
 * was (old link valid again, retried next round). Not one transaction: the development outbox
 * writes through the same embedded database, which a held transaction would block.
 */
async function remind(app: FastifyInstance, { code, organizationName }: Due, now: Date, today: string) {
  const fresh = newSurveyCode();
  const claimed = await app.db
    .update(surveyCodes)
    .set({ codeHash: surveyCodeHash(fresh), reminderSentAt: now, inviteEmail: null })
    .where(
      and(
        sameRow(surveyCodes, code.organizationId, code.id),
        isNull(surveyCodes.usedOn),
        isNull(surveyCodes.reminderSentAt),
      ),
    )
    .returning({ id: surveyCodes.id });
  if (claimed.length === 0) return false;
  try {
    const link = `${publicBaseUrl(app.config)}/s/${fresh}`;
    const expires = code.expiresOn ?? today;
    await app.mailer.send(
      reminderMail({
        to: code.inviteEmail as string,
        organization: organizationName,
        link,
        expires,
        privacy: await privacyNoticeUrlOf(app.db, app.config, code.organizationId),
        days: invitationDays,
        reportContactMonths:
          code.inviteReason === 'work_order_done'
            ? (await retentionMonths(app.db, code.organizationId)).contactDetails
            : undefined,
      }),
      { organizationId: code.organizationId },
    );
    return true;
  } catch (error) {
    app.log.warn({ err: error, codeId: code.id }, 'survey reminder could not be sent');
    await app.db
      .update(surveyCodes)
      .set({ codeHash: code.codeHash, reminderSentAt: null, inviteEmail: code.inviteEmail })
      .where(and(sameRow(surveyCodes, code.organizationId, code.id), isNull(surveyCodes.usedOn)));
    return false;
  }
}

/**
 * Sends the one reminder of each due invitation, across organizations (a system job), and
 * forgets the address. Only the code's hash is stored, so the reminder carries a NEW code that
 * replaces the old one. `now` is an argument so tests can let time pass.
 */
export async function sendDueReminders(app: FastifyInstance, now: Date = new Date()): Promise<number> {
  const today = swedishToday(now);
  let sent = 0;
  for (const due of await dueInvitations(app, now, today)) {
    if (await remind(app, due, now, today)) sent++;
  }
  await forgetExpiredAddresses(app, today);
  return sent;
}
