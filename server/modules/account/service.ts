import { and, eq, inArray, ne } from 'drizzle-orm';
import QRCode from 'qrcode';
import { type Locale, twoFactorRoles } from '../../../common/roles';
import type { Db } from '../../db/client';
import { memberships, organizations, sessions, users } from '../../db/schema';
import { hashPassword, verifyPassword } from '../../platform/auth/passwords';
import type { AuthContext } from '../../platform/auth/sessions';
import { AppError } from '../../platform/errors';
import { revokePasswordLinks } from './password-reset';
import { assertAcceptablePassword } from './password-rules';
import { consumeTotp, newTotpSecret, totpFor } from './totp';

const wrongCode: Record<Locale, string> = {
  sv: 'Koden stämmer inte. Ange den kod appen visar just nu.',
  en: 'The code does not match. Enter the code the app shows right now.',
};
const wrongPassword: Record<Locale, string> = {
  sv: 'Nuvarande lösenord stämmer inte.',
  en: 'The current password is not correct.',
};

export async function updateProfile(
  db: Db,
  userId: string,
  patch: { displayName?: string; locale?: Locale },
) {
  await db
    .update(users)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(users.id, userId));
}

/** Changes the password after checking the current one; every other session of the user ends. */
export async function changePassword(
  db: Db,
  auth: AuthContext,
  input: { currentPassword: string; newPassword: string },
  locale: Locale,
) {
  if (!(await verifyPassword(auth.user.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', [{ path: 'currentPassword', message: wrongPassword[locale] }]);
  }
  const context = [auth.user.email, auth.user.displayName];
  assertAcceptablePassword(input.newPassword, { path: 'newPassword', locale, context });
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, auth.user.id));
    await tx
      .delete(sessions)
      .where(and(eq(sessions.userId, auth.user.id), ne(sessions.tokenHash, auth.tokenHash)));
    await revokePasswordLinks(tx, auth.user.id);
  });
}

/** Starts enrolment: a new pending secret, kept server-side until a code proves the app has it. */
export async function setUpTwoFactor(db: Db, auth: AuthContext) {
  if (auth.user.totpEnabled) {
    throw new AppError('conflict', [{ path: '(body)', message: 'two-factor is already enabled' }]);
  }
  const secret = newTotpSecret();
  await db
    .update(users)
    .set({ totpSecret: secret, totpLastStep: null, updatedAt: new Date() })
    .where(eq(users.id, auth.user.id));
  const otpauthUrl = totpFor(secret, auth.user.email).toString();
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M' });
  return { secret, otpauthUrl, qrSvg };
}

export async function enableTwoFactor(db: Db, auth: AuthContext, code: string, locale: Locale) {
  if (auth.user.totpEnabled) return;
  if (!(await consumeTotp(db, auth.user, code))) {
    throw new AppError('validation_failed', [{ path: 'code', message: wrongCode[locale] }]);
  }
  await db.update(users).set({ totpEnabled: true, updatedAt: new Date() }).where(eq(users.id, auth.user.id));
}

/** Does any organization of the user require two-factor for a role they hold there? */
async function twoFactorRequired(db: Db, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(organizations.requireTwoFactor, true),
        inArray(memberships.role, [...twoFactorRoles]),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function disableTwoFactor(db: Db, auth: AuthContext, code: string, locale: Locale) {
  if (!auth.user.totpEnabled) return;
  if (await twoFactorRequired(db, auth.user.id)) throw new AppError('forbidden');
  if (!(await consumeTotp(db, auth.user, code))) {
    throw new AppError('validation_failed', [{ path: 'code', message: wrongCode[locale] }]);
  }
  await db
    .update(users)
    .set({ totpEnabled: false, totpSecret: null, totpLastStep: null, updatedAt: new Date() })
    .where(eq(users.id, auth.user.id));
}
