import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../../platform/ids';

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * One counter shared by several routes (each resource exists as .json and .xml; a per-route
 * limit would count them apart). Made at the first request, from @fastify/rate-limit's
 * app.rateLimit, so route listings on a bare instance do not need the plugin.
 */
function sharedLimiter(app: FastifyInstance, options: RateLimitOptions): Limiter {
  let limiter: Limiter | undefined;
  return async (request, reply) => {
    limiter ??= app.rateLimit(options) as unknown as Limiter;
    await limiter.call(app, request, reply);
  };
}

/** Per api_key (a client's requests may come from many addresses), counted once the body is parsed. */
const perKey = (request: FastifyRequest) => {
  const body = request.body as { api_key?: unknown } | null | undefined;
  const key = typeof body?.api_key === 'string' ? body.api_key : '';
  return key ? `open311-key:${hashToken(key)}` : `open311-ip:${request.ip}`;
};

export type Open311Limits = { read: Limiter; post: Limiter };

/** Reads are public: generous per client address, but bounded. Filing: 60 a minute per api_key. */
export function open311Limits(app: FastifyInstance): Open311Limits {
  return {
    read: sharedLimiter(app, { max: 120, timeWindow: '1 minute' }),
    post: sharedLimiter(app, { max: 60, timeWindow: '1 minute', keyGenerator: perKey }),
  };
}
