import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireActor } from '../../platform/auth/plugin';
import { requestLocale } from '../../platform/locale';
import type { PlaceContext } from './context';

/** The services' context for one request: 401 unless someone is logged in. */
export function placeContext(app: FastifyInstance, request: FastifyRequest): PlaceContext {
  return { db: app.db, actor: requireActor(request), locale: requestLocale(request) };
}
