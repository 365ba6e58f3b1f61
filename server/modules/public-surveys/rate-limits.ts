import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import { limitByBody } from '../../platform/body-rate-limit';

/** Per client address. Opening a form is cheap; a code holder needs one or two looks. */
export const surveyReadLimit = { rateLimit: { max: 60, timeWindow: '1 minute' } };
/**
 * Submissions per address per minute: PUBLIC_SURVEY_RESPONSES_PER_MINUTE (30 by default; a load
 * test raises it). Households behind one mobile operator's address share it, so it is looser than
 * a person would need; guessing codes stays hopeless (see surveys/codes.ts).
 */
export const surveySubmitLimit = (config: Config) => ({
  rateLimit: { max: config.PUBLIC_SURVEY_RESPONSES_PER_MINUTE, timeWindow: '1 minute' },
});

/**
 * Open-link answers per stairwell per hour, from any address (PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR,
 * 60 by default): an open link has no code to use up, so a script looping over one stairwell's
 * link is held back here.
 */
export function limitOpenLinkPerEntrance(app: FastifyInstance, request: FastifyRequest): Promise<void> {
  return limitByBody(app, request, {
    name: 'survey-entrance',
    perHour: app.config.PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR,
    // The link's token names the wave and stairwell; the old form is refused before it counts.
    key: (body) => (body as { open?: { token?: string } }).open?.token,
  });
}
