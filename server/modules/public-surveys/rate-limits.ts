import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';

/** Per client address. Opening a form is cheap; a code holder needs one or two looks. */
export const surveyReadLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
/**
 * Submissions per address per minute. Households behind one mobile operator's address share it,
 * so it is looser than a person would need; guessing codes stays hopeless (see surveys/codes.ts).
 */
export const surveySubmitLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

const perEntrancePerHour = 60;
type Limiter = ReturnType<FastifyInstance['createRateLimit']>;
const limiters = new WeakMap<FastifyInstance, Limiter>();

/**
 * Open-link answers per stairwell per hour, from any address: an open link has no code to use up,
 * so a script looping over one stairwell's link is held back here. The token is in the body, so
 * this runs after the body is read.
 */
export async function limitOpenLinkPerEntrance(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  let limiter = limiters.get(app);
  if (!limiter) {
    limiter = app.createRateLimit({
      max: perEntrancePerHour,
      timeWindow: '1 hour',
      keyGenerator: (req) =>
        `survey-entrance:${(req.body as { open?: { entranceToken?: string } }).open?.entranceToken ?? ''}`,
    });
    limiters.set(app, limiter);
  }
  const result = await limiter(request);
  if (!result.isAllowed && result.isExceeded) throw new AppError('rate_limited');
}
