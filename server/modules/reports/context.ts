import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';

/** What every staff report service works with; `app` for the mailer, storage and configuration. */
export type ReportContext = { app: FastifyInstance; db: Db; actor: Actor; locale: Locale };

/** The services' context for one request: 401 unless someone is logged in. */
export function reportContext(app: FastifyInstance, request: FastifyRequest): ReportContext {
  return { app, db: app.db, actor: requireActor(request), locale: requestLocale(request) };
}
