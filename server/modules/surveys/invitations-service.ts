import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { InvitationInput, InvitationResult } from '../../../common/contracts/survey-waves';
import type { TenantLocale } from '../../../common/reporting';
import type { Tx } from '../../db/client';
import { organizations, surveyCodes } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import { newId } from '../../platform/ids';
import { authorize } from '../../platform/policy';
import { privacyNoticeUrlOf } from '../privacy/notice-url';
import { retentionMonths } from '../privacy/retention';
import { swedishToday } from '../work-orders/presenter';
import { newSurveyCode, surveyCodeHash } from './codes';
import type { SurveyContext } from './context';
import { type InvitationPlace, invitationPlace } from './invitation-place';
import { invitationMail } from './invitations-mail';
import { conflictError, fieldError } from './messages';
import { surveyPermissions } from './policy';
import { visibleWave, type WaveRow } from './waves-access';

/** How long an invitation's link is valid. */
export const invitationDays = 30;

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Whether a wave takes invitations: a continuous survey that is open. */
export const takesInvitations = (wave: Pick<WaveRow, 'kind' | 'status'>) =>
  wave.kind === 'continuous' && wave.status === 'open';

type Invite = { place: InvitationPlace; email: string | null; reason: string; now: Date };

/** Stores a one-time code for one invited household; the code itself is returned, never stored. */
export async function storeInvitation(tx: Tx, wave: WaveRow, invite: Invite) {
  const code = newSurveyCode();
  const id = newId();
  const expiresOn = addDays(swedishToday(invite.now), invitationDays);
  await tx.insert(surveyCodes).values({
    organizationId: wave.organizationId,
    id,
    waveId: wave.id,
    ...invite.place,
    codeHash: surveyCodeHash(code),
    inviteEmail: invite.email,
    inviteReason: invite.reason,
    expiresOn,
  });
  return { id, code, expiresOn };
}

/** Sends an invitation mail after the commit; a failure is logged, the code stays for a reminder. */
export async function sendInvitation(
  app: FastifyInstance,
  mail: {
    to: string;
    organizationId: string;
    link: string;
    expiresOn: string;
    locale?: TenantLocale;
    /** The address is a reporter's, who opted in on the report form. */
    fromReport?: boolean;
  },
) {
  try {
    const [organization] = await app.db
      .select({ name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, mail.organizationId));
    const privacy = await privacyNoticeUrlOf(app.db, app.config, mail.organizationId);
    await app.mailer.send(
      invitationMail({
        ...mail,
        organization: organization?.name ?? '',
        expires: mail.expiresOn,
        privacy,
        days: invitationDays,
        // Only a reporter's address is also kept on the report: say for how long.
        reportContactMonths: mail.fromReport
          ? (await retentionMonths(app.db, mail.organizationId)).contactDetails
          : undefined,
      }),
      { organizationId: mail.organizationId },
    );
  } catch (error) {
    app.log.warn({ err: error }, 'survey invitation could not be sent');
  }
}

/** Invites one household of the wave's areas to a continuous survey, by mail or by a link to pass on. */
export async function inviteHousehold(
  ctx: SurveyContext,
  baseUrl: string,
  id: string,
  input: InvitationInput,
): Promise<InvitationResult> {
  const stored = await ctx.db.transaction(async (tx) => {
    const wave = await visibleWave(tx, ctx.actor, id);
    const field = input.apartmentId ? 'apartmentId' : input.entranceId ? 'entranceId' : 'buildingId';
    const place = await invitationPlace(tx, ctx.actor.organizationId, input);
    if (!place) throw fieldError(ctx.locale, field, 'unknown');
    if (!wave.areaIds.includes(place.areaId)) throw fieldError(ctx.locale, field, 'notInWave');
    authorize(surveyPermissions, ctx.actor, 'survey.manage', place.areaId);
    if (!takesInvitations(wave)) throw conflictError(ctx.locale, 'status', 'notContinuous');
    const invite = { place, email: input.email ?? null, reason: input.reason, now: new Date() };
    const stored = await storeInvitation(tx, wave, invite);
    // Neither the address nor the code goes into the audit log.
    await recordAudit(tx, ctx.actor, {
      action: 'invite',
      entityType: 'survey_wave',
      entityId: wave.id,
      after: { invitationId: stored.id, reason: input.reason, areaId: place.areaId, byEmail: !!input.email },
    });
    return stored;
  });
  const link = `${baseUrl}/s/${stored.code}`;
  if (!input.email) return { invitationId: stored.id, url: link };
  const mail = {
    to: input.email,
    organizationId: ctx.actor.organizationId,
    link,
    expiresOn: stored.expiresOn,
  };
  await sendInvitation(ctx.app, { ...mail, locale: input.locale });
  return { invitationId: stored.id };
}
