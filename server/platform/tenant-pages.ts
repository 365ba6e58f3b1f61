import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * The links a tenant opens: /e/<entrance token> (the QR code on an entrance), /report/<org slug>
 * (the plain form), /r/<tracking code> (the status page), and the safety survey: /s/<code> (the
 * letter's QR code), /s/open/<token> (a stairwell's open link; the old form
 * /s/open/<wave>/<entrance token> still opens the page, which says kindly that it was replaced) and
 * /s (type the code); /privacy/<org slug> (the privacy notice; /privacy: the general one). Each gets the light tenant entry (web/dist/tenant.html) instead of the staff app, which
 * keeps every other page.
 */
export const tenantPageRoutes = [
  { url: '/e/:token', params: ['token'] },
  { url: '/report/:org', params: ['org'] },
  { url: '/r/:code', params: ['code'] },
  { url: '/s', params: [] },
  { url: '/s/:code', params: ['code'] },
  { url: '/s/open/:token', params: ['token'] },
  { url: '/s/open/:waveId/:token', params: ['waveId', 'token'] },
  { url: '/privacy', params: [] },
  { url: '/privacy/:org', params: ['org'] },
] as const;

const paramSchema = (names: readonly string[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, z.string().min(1).max(200)])));

/** Registers the tenant page routes when the web build has a tenant entry; needs @fastify/static. */
export async function registerTenantPages(app: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(path.join(webDist, 'tenant.html'))) return;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const { url, params } of tenantPageRoutes) {
    typed.get(
      url,
      { schema: { hide: true, params: paramSchema(params) } },
      // no-cache: the HTML names the current hashed scripts, so a new release is picked up at once
      // (cacheControl: false, or @fastify/static replaces it with its own max-age=0).
      (_request, reply) =>
        reply
          .header('cache-control', 'no-cache')
          .type('text/html')
          .sendFile('tenant.html', { cacheControl: false }),
    );
  }
}
