import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Locale } from '../../../common/roles';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/actor';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';

/**
 * What every work order service works with. The app is there because some changes send mail to
 * reporters (after the commit) and photos go to the file storage.
 */
export type WorkOrderContext = { app: FastifyInstance; db: Db; actor: Actor; locale: Locale };

/** The services' context for one request: 401 unless someone is logged in. */
export function workOrderContext(app: FastifyInstance, request: FastifyRequest): WorkOrderContext {
  return { app, db: app.db, actor: requireActor(request), locale: requestLocale(request) };
}
