import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../../platform/ids';
import { addressLimit } from './address-limit';

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

/**
 * Reads are public: generous per client address, but bounded. Filing: 60 a minute per api_key,
 * and 120 a minute per client address as well, since the key is counted before it is verified:
 * a client sending a new made-up key each time would otherwise always find a fresh counter.
 */
export function open311Limits(app: FastifyInstance): Open311Limits {
  const postPerAddress = addressLimit(120, 60_000);
  const postPerKey = sharedLimiter(app, { max: 60, timeWindow: '1 minute', keyGenerator: perKey });
  return {
    read: sharedLimiter(app, { max: 120, timeWindow: '1 minute' }),
    // A limiter over its limit throws (the 429): a refused request does not count against its key.
    post: async (request, reply) => {
      await postPerAddress(request, reply);
      await postPerKey(request, reply);
    },
  };
}
