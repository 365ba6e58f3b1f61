import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { resetConfirmInput, resetRequestInput } from '../../../common/contracts/session';
import { users } from '../../db/schema';
import { AppError } from '../../platform/errors';
import { requestLocale } from '../../platform/locale';
import { normalizeEmail } from '../session/login';
import { recordLoginSuccess } from '../session/login-throttle';
import { confirmPasswordReset, sendPasswordLink } from './password-reset';

const rateLimit = { rateLimit: { max: 5, timeWindow: '1 minute' } };
const tags = ['session'];

/** Forgotten password: request a link by e-mail, then set a new password with it. */
export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/password-reset/request',
    { config: { ...rateLimit, public: true }, schema: { tags, body: resetRequestInput } },
    async (request, reply) => {
      // Said to everyone alike before looking the address up, so it reveals no account; a page
      // saying "we sent you a link" when nothing can be sent would leave the person waiting.
      if (app.mailer.delivery === 'none') throw new AppError('mail_unavailable');
      const [user] = await app.db
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(eq(users.email, normalizeEmail(request.body.email)), isNull(users.disabledAt)));
      if (user) {
        // Sent after answering, so neither the answer nor its timing tells whether the account exists.
        setImmediate(() => {
          sendPasswordLink(app.db, app.mailer, app.config, {
            userId: user.id,
            email: user.email,
          }).catch((error: unknown) => app.log.error({ err: error }, 'password reset mail failed'));
        });
      }
      return reply.status(202).send();
    },
  );

  app.post(
    '/password-reset/confirm',
    { config: { ...rateLimit, public: true }, schema: { tags, body: resetConfirmInput } },
    async (request, reply) => {
      const { token, password } = request.body;
      const { email } = await confirmPasswordReset(app.db, token, password, requestLocale(request));
      // Proof of the mailbox is as good as a login: this address may try even while the
      // account is under attack from elsewhere (docs/decisions.md, "Login throttling").
      await recordLoginSuccess(app.db, { email, ip: request.ip });
      return reply.status(204).send();
    },
  );
};
