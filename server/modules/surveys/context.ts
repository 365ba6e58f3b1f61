import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';

/**
 * What every staff survey service works with. The app is there because invitations send mail
 * and letters need the public base URL for their QR codes.
 */
export type SurveyContext = { app: FastifyInstance; db: Db; actor: Actor; locale: Locale };

/** The services' context for one request: 401 unless someone is logged in. */
export function surveyContext(app: FastifyInstance, request: FastifyRequest): SurveyContext {
  return { app, db: app.db, actor: requireActor(request), locale: requestLocale(request) };
}
