import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, surveyCodes } from '../../db/schema';
import { testApp } from '../../testing/test-app';
import { organizationWithPlaces } from '../places/test-places';
import { swedishToday } from '../work-orders/presenter';
import { surveyCodeHash } from './codes';
import { addDays } from './invitations-service';
import { sendDueReminders } from './reminders';
import { createTestWave } from './testing';

beforeAll(() => testApp());

const days = (n: number) => new Date(Date.now() + n * 86_400_000);

async function scene(wave: { kind?: string; status?: string } = {}) {
  const app = await testApp();
  const places = await organizationWithPlaces(app);
  const row = await createTestWave(app, {
    organizationId: places.admin.organizationId,
    areaIds: [places.areaId],
    kind: wave.kind ?? 'continuous',
    status: wave.status ?? 'open',
  });
  const email = `tenant-${crypto.randomUUID()}@test.trygg.local`;
  const mails = () => app.db.select().from(mailOutbox).where(eq(mailOutbox.recipient, email));
  const codeRow = async (id: string) =>
    (
      await app.db
        .select()
        .from(surveyCodes)
        .where(and(eq(surveyCodes.organizationId, row.organizationId), eq(surveyCodes.id, id)))
    )[0];
  return { app, ...places, wave: row, email, mails, codeRow, url: `/api/survey-waves/${row.id}/invitations` };
}

const codeIn = (text: string) => /\/s\/([A-Z0-9]{12})\b/.exec(text)?.[1] as string;

describe('survey invitations', () => {
  it('mails a one-time link to an invited household and stores only the hash, with expiry in 30 days', async () => {
    const { admin, apartmentId, email, mails, codeRow, url } = await scene();
    const response = await admin.post(url, { apartmentId, email, reason: 'work_order_done', locale: 'so' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().url).toBeUndefined();
    const [mail] = await mails();
    expect(mail.subject).toBe('Hur trygg känner du dig där du bor?');
    expect(mail.body).toContain('would like to know how safe you feel');
    const stored = await codeRow(response.json().invitationId);
    expect(stored.codeHash).toBe(surveyCodeHash(codeIn(mail.body)));
    expect(stored).toMatchObject({ inviteEmail: email, inviteReason: 'work_order_done', apartmentId });
    expect(stored.expiresOn).toBe(addDays(swedishToday(), 30));
  });

  it('gives the link to pass on when no address is given', async () => {
    const { admin, buildingId, codeRow, url } = await scene();
    const response = await admin.post(url, { buildingId, reason: 'moved_in' });
    expect(response.statusCode, response.body).toBe(201);
    const link: string = response.json().url;
    expect(link).toMatch(/^https?:\/\/[^/]+\/s\/[A-Z0-9]{12}$/);
    const stored = await codeRow(response.json().invitationId);
    expect(stored).toMatchObject({ inviteEmail: null, apartmentId: null, entranceId: null, buildingId });
    expect(stored.codeHash).toBe(surveyCodeHash(codeIn(link)));
  });

  it('reminds once after 7 days with a new code, then forgets the address', async () => {
    const { app, admin, entranceId, email, mails, codeRow, url } = await scene();
    const id = (await admin.post(url, { entranceId, email, reason: 'other' })).json().invitationId;
    await sendDueReminders(app, days(6));
    expect(await mails()).toHaveLength(1);
    await sendDueReminders(app, days(8));
    const sent = await mails();
    expect(sent).toHaveLength(2);
    const reminder = sent.find((mail) => mail.body.includes('en vecka sedan')) as { body: string };
    const stored = await codeRow(id);
    expect(stored.codeHash).toBe(surveyCodeHash(codeIn(reminder.body)));
    expect(stored.inviteEmail).toBeNull();
    expect(stored.reminderSentAt).not.toBeNull();
    await sendDueReminders(app, days(9));
    expect(await mails()).toHaveLength(2);
  });

  it('sends no reminder for a used code, and forgets the address when the code expires', async () => {
    const { app, admin, apartmentId, entranceId, email, mails, codeRow, url } = await scene();
    const used = (await admin.post(url, { apartmentId, email, reason: 'other' })).json().invitationId;
    const unused = (await admin.post(url, { entranceId, email, reason: 'other' })).json().invitationId;
    const stored = await codeRow(used);
    await app.db
      .update(surveyCodes)
      .set({ usedOn: swedishToday() })
      .where(and(eq(surveyCodes.organizationId, stored.organizationId), eq(surveyCodes.id, used)));
    await app.db
      .update(surveyCodes)
      .set({ expiresOn: '2020-01-01' })
      .where(and(eq(surveyCodes.organizationId, stored.organizationId), eq(surveyCodes.id, unused)));
    await sendDueReminders(app, days(8));
    expect(await mails()).toHaveLength(2);
    expect((await codeRow(unused)).inviteEmail).toBeNull();
  });

  it('refuses surveys that are not open and continuous, bad input by field, and strangers', async () => {
    const yearly = await scene({ kind: 'wave' });
    const wrongKind = await yearly.admin.post(yearly.url, {
      apartmentId: yearly.apartmentId,
      reason: 'other',
    });
    expect(wrongKind.statusCode).toBe(409);
    const closed = await scene({ status: 'closed' });
    expect(
      (await closed.admin.post(closed.url, { buildingId: closed.buildingId, reason: 'other' })).statusCode,
    ).toBe(409);
    const { app, admin, apartmentId, buildingId, url } = await scene();
    const other = await organizationWithPlaces(app);
    const cases: [object, string][] = [
      [{ reason: 'other' }, 'apartmentId'],
      [{ apartmentId, buildingId, reason: 'other' }, 'apartmentId'],
      [{ apartmentId: other.apartmentId, reason: 'other' }, 'apartmentId'],
      [{ apartmentId, reason: 'because' }, 'reason'],
      [{ apartmentId, reason: 'other', email: 'not-an-address' }, 'email'],
    ];
    for (const [body, path] of cases) {
      const response = await admin.post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
    }
    expect(
      (await other.admin.post(url, { apartmentId: other.apartmentId, reason: 'other' })).statusCode,
    ).toBe(404);
  });
});
