import { describe, expect, it } from 'vitest';
import { loggedAddress, loggedRoute } from './request-log';

describe('loggedAddress', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12:1:2:3:4', '2001:db8:abcd::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['fe80::1%eth0', 'fe80:0:0::/48'],
    ['not an address', '(unknown)'],
  ])('keeps %s as %s', (ip, logged) => {
    expect(loggedAddress(ip, false)).toBe(logged);
  });

  it('keeps the whole address when an operator turned full addresses on', () => {
    expect(loggedAddress('203.0.113.77', true)).toBe('203.0.113.77');
  });
});

describe('loggedRoute', () => {
  it('is the route template, or says there was none', () => {
    expect(loggedRoute({ routeOptions: { url: '/s/:code' } } as never)).toBe('/s/:code');
    expect(loggedRoute({ routeOptions: { url: undefined } } as never)).toBe('(no route)');
  });
});
