import { describe, expect, it } from 'vitest';
import { isolatedTestApp, testApp } from '../../testing/test-app';

describe('GET /api/dev/outbox', () => {
  it('shows kept mail in demo mode without SMTP', async () => {
    const app = await testApp();
    const to = `outbox-${crypto.randomUUID()}@test.trygg.local`;
    await app.mailer.send({ to, subject: 'Hej', text: 'Hello' });
    const response = await app.inject({ method: 'GET', url: '/api/dev/outbox' });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toContainEqual(
      expect.objectContaining({ to, subject: 'Hej', text: 'Hello' }),
    );
  });

  it('does not exist outside demo mode or when SMTP is configured', async () => {
    for (const overrides of [{ DEMO_MODE: false }, { SMTP_URL: 'smtp://127.0.0.1:9' }]) {
      const app = await isolatedTestApp(overrides);
      try {
        expect((await app.inject({ method: 'GET', url: '/api/dev/outbox' })).statusCode).toBe(404);
      } finally {
        await app.close();
      }
    }
  });
});
