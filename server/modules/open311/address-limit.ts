import type { FastifyReply, FastifyRequest } from 'fastify';

type Limiter = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;

/**
 * At most `max` requests per client address in each fixed window, counted in memory. Its own
 * counter rather than a second @fastify/rate-limit limiter: the plugin applies only the first of
 * its limiters that runs for a request, so two of them on one route would not both count.
 * The counts are dropped as each window ends, so memory holds one window's addresses.
 */
export function addressLimit(max: number, windowMs: number): Limiter {
  let windowEnd = 0;
  let counts = new Map<string, number>();
  return async (request, reply) => {
    const now = Date.now();
    if (now >= windowEnd) {
      windowEnd = now + windowMs;
      counts = new Map();
    }
    const count = (counts.get(request.ip) ?? 0) + 1;
    counts.set(request.ip, count);
    if (count <= max) return;
    reply.header('retry-after', Math.ceil((windowEnd - now) / 1000));
    // Shaped like the plugin's own error, so the Open311 error handler answers it the same way.
    throw Object.assign(new Error('Rate limit exceeded'), { statusCode: 429 });
  };
}
