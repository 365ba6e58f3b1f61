import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { limitByKey } from '../../platform/keyed-rate-limit';

/** Per client address: reading is cheap, submitting less so. */
export const readLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
/** Reports per minute per address: PUBLIC_REPORTS_PER_MINUTE (10 by default; a load test raises it). */
export const submitLimit = (config: Config) => ({
  rateLimit: { max: config.PUBLIC_REPORTS_PER_MINUTE, timeWindow: '1 minute' },
});
/** Status-page actions: a code holder needs few, a guesser would need many. */
export const statusActionLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

const entranceOf = new WeakMap<FastifyRequest, string>();

/**
 * Reports per entrance per hour, whoever sends them: counted once the token has been found to
 * be a live entrance of the organization the report is for, by that entrance's id. A token
 * that is not one (made up, mistyped, another organization's) is refused without touching any
 * entrance's budget and is held back by the per-address limit like any refused submission.
 */
export function limitPerEntrance(
  app: FastifyInstance,
  request: FastifyRequest,
  entrance: { organizationId: string; entranceId: string },
): Promise<void> {
  entranceOf.set(request, `${entrance.organizationId}:${entrance.entranceId}`);
  return limitByKey(app, request, { name: 'entrance', perHour: 30, key: (req) => entranceOf.get(req) });
}
