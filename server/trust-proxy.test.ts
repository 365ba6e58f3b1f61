import { describe, expect, it } from 'vitest';
import type { Config } from './config';
import { publicSetup, submission } from './modules/public-reports/test-public';
import { isolatedTestApp } from './testing/test-app';

const proxy = '10.9.8.7';

/** Three reports through one proxy (one socket address): two from one tenant, one from another. */
async function throughProxy(overrides: Partial<Config>) {
  const app = await isolatedTestApp({ PUBLIC_REPORTS_PER_MINUTE: 1, ...overrides });
  const setup = await publicSetup(app);
  const send = (client: string) =>
    app.inject({
      method: 'POST',
      url: '/api/public/reports',
      remoteAddress: proxy,
      headers: { 'x-forwarded-for': client },
      payload: submission(setup.slug),
    });
  const statuses = [];
  for (const client of ['198.51.100.1', '198.51.100.1', '203.0.113.5'])
    statuses.push((await send(client)).statusCode);
  await app.close();
  return statuses;
}

describe('the public rate limits behind a reverse proxy', () => {
  it('with TRUST_PROXY=1 count each client by X-Forwarded-For', async () => {
    expect(await throughProxy({ TRUST_PROXY: 1 })).toEqual([201, 429, 201]);
  });

  it('with the proxy address listed the same; without TRUST_PROXY all clients share the proxy’s bucket', async () => {
    expect(await throughProxy({ TRUST_PROXY: [proxy] })).toEqual([201, 429, 201]);
    expect(await throughProxy({})).toEqual([201, 429, 429]);
  });
});
