import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
const limiters = new WeakMap<FastifyInstance, Map<string, Limiter>>();

/**
 * A rate limit keyed by something in the request body (an entrance's token), whoever sends it:
 * a QR code copied onto a flyer, or a script looping over one stairwell, is held back even from
 * many addresses. It runs after the body is read, unlike the per-address onRequest limits.
 * One limiter per app and name, made on first use.
 */
export async function limitByBody(
  app: FastifyInstance,
  request: FastifyRequest,
  limit: { name: string; perHour: number; key: (body: unknown) => string | undefined },
): Promise<void> {
  const byName = limiters.get(app) ?? new Map<string, Limiter>();
  limiters.set(app, byName);
  let limiter = byName.get(limit.name);
  if (!limiter) {
    limiter = app.createRateLimit({
      max: limit.perHour,
      timeWindow: '1 hour',
      keyGenerator: (req) => `${limit.name}:${limit.key(req.body) ?? ''}`,
    });
    byName.set(limit.name, limiter);
  }
  const result = await limiter(request);
  if (!result.isAllowed && result.isExceeded) throw new AppError('rate_limited');
}
