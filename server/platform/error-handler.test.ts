import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../common/i18n/errors';
import { open311ErrorHandler } from '../modules/open311/error-handler';
import { errorHandler } from './error-handler';
import { retryAfterSeconds } from './errors';

/** What node-postgres throws (under Drizzle's wrapper) when an administrator ends the backend. */
const terminated = () =>
  new Error('Failed query: insert into reports …', {
    cause: Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
  });

/** A bare app with one of Trygg's error handlers and a route that meets a lost database connection. */
async function appWith(handler: typeof errorHandler) {
  const app = Fastify({ logger: false });
  app.setErrorHandler(handler);
  app.get('/lost', async () => {
    throw terminated();
  });
  app.get('/bug', async () => {
    throw new Error('Cannot read properties of undefined');
  });
  await app.ready();
  return app;
}

describe('a request that meets a lost database connection', () => {
  it("is answered 503 service_unavailable with Retry-After, in the user's language", async () => {
    const app = await appWith(errorHandler);
    for (const locale of ['sv', 'en'] as const) {
      const response = await app.inject({ url: '/lost', headers: { 'accept-language': locale } });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe(String(retryAfterSeconds));
      expect(response.json()).toEqual({
        error: { code: 'service_unavailable', message: errorMessages[locale].service_unavailable },
      });
    }
    // Anything else stays an internal error, without Retry-After.
    const bug = await app.inject({ url: '/bug' });
    expect(bug.statusCode).toBe(500);
    expect(bug.headers['retry-after']).toBeUndefined();
    await app.close();
  });

  it('is answered 503 with Retry-After on the Open311 API too, in its error format', async () => {
    const app = await appWith(open311ErrorHandler);
    const response = await app.inject({ url: '/lost', headers: { 'accept-language': 'en' } });
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe(String(retryAfterSeconds));
    expect(response.json()).toEqual([{ code: 503, description: errorMessages.en.service_unavailable }]);
    await app.close();
  });
});
