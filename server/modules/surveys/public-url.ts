import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * The absolute base of links tenants open (QR codes, invitation mail): PUBLIC_URL when set, as
 * open311 discovery and password-reset links do; otherwise the address the staff member used
 * (letters) or the local server (mail sent without a request, e.g. reminders).
 */
export function publicBaseUrl(app: FastifyInstance, request?: FastifyRequest): string {
  const configured = app.config.PUBLIC_URL?.replace(/\/$/, '');
  if (configured) return configured;
  return request ? `${request.protocol}://${request.host}` : `http://localhost:${app.config.PORT}`;
}
