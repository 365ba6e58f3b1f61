import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { testApp } from '../../testing/test-app';
import { deliverToBody, type ForwardedReport } from './forward-delivery';
import { type HostResolver, hostIsPublic, isInternalAddress } from './outbound-address';

describe('isInternalAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.255.0.9', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.254', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['255.255.255.255', true],
    ['::', true],
    ['::1', true],
    ['fe80::1', true],
    ['fe80::1%eth0', true],
    ['fc00::1', true],
    ['fd12:3456::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:7f00:1', true],
    ['0:0:0:0:0:ffff:a00:1', true],
    ['::ffff:169.254.169.254', true],
    ['not-an-address', true],
    ['8.8.8.8', false],
    ['172.32.0.1', false],
    ['192.169.0.1', false],
    ['93.184.216.34', false],
    ['2a00:1450:4001::200e', false],
    ['::ffff:8.8.8.8', false],
  ])('%s → %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal);
  });
});

describe('hostIsPublic', () => {
  it('refuses a host when any of its addresses is internal, or none resolve', async () => {
    const answers = (...addresses: string[]): HostResolver => {
      return async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    expect(await hostIsPublic('a.example', answers('93.184.216.34'))).toBe(true);
    expect(await hostIsPublic('a.example', answers('93.184.216.34', '10.0.0.1'))).toBe(false);
    expect(await hostIsPublic('a.example', answers())).toBe(false);
    expect(await hostIsPublic('localhost')).toBe(false);
    expect(await hostIsPublic('[::1]')).toBe(false);
  });
});

const report: ForwardedReport = {
  trackingCode: 'ABC-123',
  description: 'Gatlyktan är trasig',
  lon: 17.95,
  lat: 59.21,
  locationText: 'Storgatan 1',
  categoryName: 'Belysning',
  categoryKey: 'lighting',
  placeLabel: null,
  organizationName: 'Bostadsbolaget',
};
const body = {
  organizationId: '00000000-0000-4000-8000-000000000000',
  email: null,
  open311ApiKey: 'secret-key',
  open311ServiceCode: 'streetlight',
};
/** Says every host is on the public internet, so the delivery reaches the local test server. */
const publicResolver: HostResolver = async () => [{ address: '93.184.216.34', family: 4 }];

/** A local Open311 server for one test: its base URL and the requests it received. */
async function withServer(
  handler: RequestListener,
  test: (url: string, received: string[]) => Promise<void>,
) {
  const received: string[] = [];
  const server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      received.push(`${request.url} ${text}`);
      handler(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await test(`http://127.0.0.1:${(server.address() as AddressInfo).port}/open311/v2/`, received);
  } finally {
    server.close();
  }
}

describe('deliverToBody over Open311', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp();
  });

  it('posts the report without contact details and notes the request id', async () => {
    await withServer(
      (_request, response) => {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify([{ service_request_id: 'SR-77' }]));
      },
      async (url, received) => {
        const note = await deliverToBody(app, { ...body, open311Endpoint: url }, report, publicResolver);
        expect(note).toBe(`Open311: sent to ${url.replace(/\/$/, '')}, SR-77`);
        expect(received).toHaveLength(1);
        expect(received[0]).toMatch(/^\/open311\/v2\/requests\.json /);
        const form = new URLSearchParams(received[0]?.split(' ')[1]);
        expect(Object.fromEntries(form)).toEqual({
          api_key: 'secret-key',
          service_code: 'streetlight',
          description: report.description,
          lat: '59.21',
          long: '17.95',
          address_string: 'Storgatan 1',
        });
      },
    );
  });

  it('notes only the status of a failed answer, and refuses redirects', async () => {
    await withServer(
      (request, response) => {
        if (request.url?.startsWith('/moved/')) response.writeHead(302, { location: '/inside' }).end();
        else response.writeHead(500).end('stack trace with internal details');
      },
      async (url, received) => {
        const failing = { ...body, open311Endpoint: url };
        expect(await deliverToBody(app, failing, report, publicResolver)).toBe('Open311: failed (HTTP 500)');
        const moved = { ...body, open311Endpoint: url.replace('/open311/v2/', '/moved/') };
        const redirected = await deliverToBody(app, moved, report, publicResolver);
        expect(redirected).toBe('Open311: failed (network error)');
        const paths = received.map((line) => line.split(' ')[0]);
        expect(paths).toEqual(['/open311/v2/requests.json', '/moved/requests.json']);
      },
    );
  });

  it('refuses a host resolving to a private address without calling it', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    try {
      const note = await deliverToBody(app, { ...body, open311Endpoint: 'https://localhost:9/v2' }, report);
      expect(note).toBe('Open311: failed (refused: private address)');
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      fetchSpy.mockRestore();
    }
  });
});
