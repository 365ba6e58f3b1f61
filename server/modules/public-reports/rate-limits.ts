import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { limitByBody } from '../../platform/body-rate-limit';

/** Per client address: reading is cheap, submitting less so. */
export const readLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
/** Reports per minute per address: PUBLIC_REPORTS_PER_MINUTE (10 by default; a load test raises it). */
export const submitLimit = (config: Config) => ({
  rateLimit: { max: config.PUBLIC_REPORTS_PER_MINUTE, timeWindow: '1 minute' },
});
/** Status-page actions: a code holder needs few, a guesser would need many. */
export const statusActionLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

/**
 * Reports per entrance token per hour, whoever sends them (see platform/body-rate-limit.ts).
 */
export function limitPerEntrance(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  return limitByBody(app, request, {
    name: 'entrance',
    perHour: 30,
    key: (body) => (body as { entranceToken?: string }).entranceToken,
  });
}
