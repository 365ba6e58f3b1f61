import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
const limiters = new WeakMap<FastifyInstance, Map<string, Limiter>>();

export type KeyedLimit = {
  name: string;
  perHour: number;
  /** What is counted: one budget per distinct key (an entrance, a wave), whoever sends the request. */
  key: (request: FastifyRequest) => string | undefined;
};

/**
 * A rate limit per hour keyed by something the route knows about the request rather than by
 * its address; it runs wherever the route calls it (after the body is read, or once a token has
 * been looked up). One limiter per app and name, made on first use; over the limit, 429.
 */
export async function limitByKey(app: FastifyInstance, request: FastifyRequest, limit: KeyedLimit) {
  const byName = limiters.get(app) ?? new Map<string, Limiter>();
  limiters.set(app, byName);
  let limiter = byName.get(limit.name);
  if (!limiter) {
    limiter = app.createRateLimit({
      max: limit.perHour,
      timeWindow: '1 hour',
      keyGenerator: (req) => `${limit.name}:${limit.key(req) ?? ''}`,
    });
    byName.set(limit.name, limiter);
  }
  const result = await limiter(request);
  if (!result.isAllowed && result.isExceeded) throw new AppError('rate_limited');
}
