import { describe, expect, it } from 'vitest';
import { loggedUrl } from './request-log';

describe('loggedUrl', () => {
  it.each([
    [
      '/api/open311/v2/requests.json?api_key=secret-key&lat=59.2',
      '/api/open311/v2/requests.json?api_key=[redacted]&lat=59.2',
    ],
    [
      '/api/open311/v2/requests.json?lat=59.2&API_KEY=secret',
      '/api/open311/v2/requests.json?lat=59.2&API_KEY=[redacted]',
    ],
    ['/api/health', '/api/health'],
    ['/api/reports?sort=api_key', '/api/reports?sort=api_key'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggedUrl(url)).toBe(logged);
  });
});
