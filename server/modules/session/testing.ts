import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { sessionCookieName } from '../../platform/auth/plugin';
import { testPassword } from '../../testing/factories';

/** A fresh client address, so tests sharing an app do not share a rate-limit bucket. */
export const randomIp = (): string =>
  `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join('.')}`;

/** A browser-like session from a real HTTP login: cookie jar plus CSRF header. */
export type Browser = {
  token: string | undefined;
  csrf: string | undefined;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
};

export function browser(app: FastifyInstance, ip = randomIp()): Browser {
  const jar: Browser = {
    token: undefined,
    csrf: undefined,
    async request(options) {
      const cookies = jar.token ? { [sessionCookieName(app.config)]: jar.token } : {};
      const headers = jar.csrf ? { 'x-csrf-token': jar.csrf } : {};
      const response = await app.inject({
        remoteAddress: ip,
        ...options,
        cookies: { ...cookies, ...options.cookies },
        headers: { ...headers, ...options.headers },
      });
      const set = response.cookies.find((cookie) => cookie.name === sessionCookieName(app.config));
      if (set) jar.token = set.value || undefined;
      const body = response.headers['content-type']?.includes('json') ? response.json() : null;
      if (body && typeof body === 'object' && 'csrfToken' in body) jar.csrf = body.csrfToken ?? undefined;
      return response;
    },
  };
  return jar;
}

export function login(b: Browser, email: string, password = testPassword) {
  return b.request({ method: 'POST', url: '/api/session/login', payload: { email, password } });
}
