import type { FastifyRequest } from 'fastify';

/** Query parameters that are credentials: Open311 clients may send their api_key in the URL. */
const secretParameters = /([?&]api_key=)[^&#]*/gi;

/** A request's URL as the log keeps it: credentials in the query string are replaced. */
export const loggedUrl = (url: string) => url.replace(secretParameters, '$1[redacted]');

/** Fastify's request line in the log, with the URL's credentials left out. */
export function requestSerializer(request: FastifyRequest) {
  return {
    method: request.method,
    url: loggedUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}
