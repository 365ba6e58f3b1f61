import type { FastifyRequest } from 'fastify';
import type { Config } from '../config';

/**
 * The absolute base of every link Trygg hands out (mail, QR codes, letters, Open311 discovery):
 * PUBLIC_URL when set; otherwise the address the request came to, or the local server for mail
 * sent without a request (reminders, notices after a commit).
 */
export function publicBaseUrl(config: Config, request?: FastifyRequest): string {
  const configured = config.PUBLIC_URL?.replace(/\/$/, '');
  if (configured) return configured;
  return request ? `${request.protocol}://${request.host}` : `http://localhost:${config.PORT}`;
}
