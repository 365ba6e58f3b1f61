import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * The links a tenant opens: /e/<entrance token> (the QR code on an entrance), /report/<org slug>
 * (the plain form) and /r/<tracking code> (the status page). Each gets the light tenant entry
 * (web/dist/tenant.html) instead of the staff app, which keeps every other page.
 */
export const tenantPageRoutes = [
  { url: '/e/:token', param: 'token' },
  { url: '/report/:org', param: 'org' },
  { url: '/r/:code', param: 'code' },
] as const;

/** Registers the tenant page routes when the web build has a tenant entry; needs @fastify/static. */
export async function registerTenantPages(app: FastifyInstance, webDist: string): Promise<void> {
  if (!existsSync(path.join(webDist, 'tenant.html'))) return;
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const { url, param } of tenantPageRoutes) {
    typed.get(
      url,
      { schema: { hide: true, params: z.object({ [param]: z.string().min(1).max(200) }) } },
      // no-cache: the HTML names the current hashed scripts, so a new release is picked up at once.
      (_request, reply) =>
        reply.header('cache-control', 'no-cache').type('text/html').sendFile('tenant.html'),
    );
  }
}
