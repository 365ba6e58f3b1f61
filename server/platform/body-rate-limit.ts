import type { FastifyInstance, FastifyRequest } from 'fastify';
import { limitByKey } from './keyed-rate-limit';

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
  await limitByKey(app, request, { ...limit, key: (req) => limit.key(req.body) });
}
