import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { addressKey } from '../../platform/client-address';
import { hashToken } from '../../platform/ids';
import { apiKeyOf } from './api-key';
import { fixedWindow, type WindowCount } from './fixed-window';
import { Open311Error } from './open311-error';

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

/** The same headers @fastify/rate-limit sends on reads (Reset: seconds until the window ends). */
function sendLimitHeaders(reply: FastifyReply, count: WindowCount) {
  reply.header('x-ratelimit-limit', count.limit);
  reply.header('x-ratelimit-remaining', count.remaining);
  reply.header('x-ratelimit-reset', count.resetSeconds);
  if (!count.allowed) reply.header('retry-after', count.resetSeconds);
}

type PostHooks = { onRequest: Limiter; preHandler: Limiter; onResponse: Limiter };
export type Open311Limits = { read: Limiter; post: PostHooks };

/**
 * Reads are public: generous per client address, but bounded. Filing: 60 valid requests a
 * minute per api_key (from any address), and 120 POSTs a minute per client address whatever
 * they carry (counted as they arrive, malformed ones too), since a client sending a new
 * made-up key each time would otherwise always find a fresh counter. A request refused as
 * invalid (4xx) gives its api_key count back when answered: a client's mistakes do not use up
 * its quota for valid requests. Each answer carries the X-RateLimit-* of the limit nearer to
 * running out; a 429 those of the limit it hit, and its description says which.
 */
export function open311Limits(app: FastifyInstance): Open311Limits {
  const perAddress = fixedWindow(120, 60_000);
  const perKey = fixedWindow(60, 60_000);
  const addressCounts = new WeakMap<FastifyRequest, WindowCount>();
  const keyCounts = new WeakMap<FastifyRequest, WindowCount>();
  return {
    read: sharedLimiter(app, { max: 120, timeWindow: '1 minute' }),
    post: {
      onRequest: async (request, reply) => {
        const address = perAddress(addressKey(request.ip));
        sendLimitHeaders(reply, address);
        if (!address.allowed) throw new Open311Error(429, 'addressRateLimited');
        addressCounts.set(request, address);
      },
      // Once the body is parsed: the api_key may be in it.
      preHandler: async (request, reply) => {
        const key = apiKeyOf(request);
        if (!key) return;
        const keyed = perKey(`key:${hashToken(key)}`);
        if (!keyed.allowed) {
          sendLimitHeaders(reply, keyed);
          throw new Open311Error(429, 'keyRateLimited');
        }
        keyCounts.set(request, keyed);
        const address = addressCounts.get(request);
        if (!address || keyed.remaining < address.remaining) sendLimitHeaders(reply, keyed);
      },
      onResponse: async (request, reply) => {
        if (reply.statusCode >= 400 && reply.statusCode < 500) keyCounts.get(request)?.refund();
      },
    },
  };
}
