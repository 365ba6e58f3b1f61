import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { AppError } from '../../platform/errors';

/** Per client address: reading is cheap, submitting less so. */
export const readLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
/** Reports per minute per address: PUBLIC_REPORTS_PER_MINUTE (10 by default; a load test raises it). */
export const submitLimit = (config: Config) => ({
  rateLimit: { max: config.PUBLIC_REPORTS_PER_MINUTE, timeWindow: '1 minute' },
});
/** Status-page actions: a code holder needs few, a guesser would need many. */
export const statusActionLimit = { rateLimit: { max: 10, timeWindow: '1 minute' } };

const perEntrancePerHour = 30;

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
const limiters = new WeakMap<FastifyInstance, Limiter>();

/**
 * Reports per entrance token per hour, whoever sends them: a QR code copied onto a flyer or a
 * script looping over one entrance is held back even from many addresses. The token is in the
 * body, so this runs after the body is read, not in the per-address onRequest limit.
 */
export async function limitPerEntrance(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  let limiter = limiters.get(app);
  if (!limiter) {
    limiter = app.createRateLimit({
      max: perEntrancePerHour,
      timeWindow: '1 hour',
      keyGenerator: (req) => `entrance:${(req.body as { entranceToken?: string }).entranceToken ?? ''}`,
    });
    limiters.set(app, limiter);
  }
  const result = await limiter(request);
  if (!result.isAllowed && result.isExceeded) throw new AppError('rate_limited');
}
