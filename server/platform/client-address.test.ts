import { describe, expect, it } from 'vitest';
import { postForm } from '../modules/open311/test-open311';
import { testApp } from '../testing/test-app';
import { addressKey } from './client-address';

describe('addressKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
  ])('counts %s as %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });

  it('counts every address of one /64 as one client', () => {
    expect(addressKey('2001:db8:aa:bb:1::1')).toBe(addressKey('2001:db8:aa:bb:ffff:ffff:ffff:ffff'));
    expect(addressKey('2001:db8:aa:bb::1')).not.toBe(addressKey('2001:db8:aa:bc::1'));
  });
});

describe('limits by address', () => {
  it("count every address of one IPv6 /64 as one client (Open311's own per-address limit too)", async () => {
    const app = await testApp();
    const fields = { address_string: 'Gården', description: 'x' };
    const randomKey = () => `made-up-${Math.random().toString(36).slice(2)}`;
    // 120 requests a minute per client address, each from another host of the same /64.
    const post = (host: number) =>
      postForm(
        app,
        '/api/open311/v2/requests.json',
        { ...fields, api_key: randomKey() },
        `2001:db8:77:1::${host.toString(16)}`,
      );
    for (let host = 1; host <= 120; host++) expect((await post(host)).statusCode).toBe(403);
    expect((await post(121)).statusCode).toBe(429);
  });
});
