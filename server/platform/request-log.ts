import { isIPv4, isIPv6 } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { ipv6Groups } from './client-address';

/**
 * The request's route as registered (`/api/public/reports/:code`, `/s/open/:token`), never the
 * URL it came with: paths carry survey codes, tracking codes, open-link and invitation tokens,
 * and query strings carry positions ("use my position"), searches and Open311's api_key. A request
 * that matched no route is logged without its path.
 */
export function loggedRoute(request: Pick<FastifyRequest, 'routeOptions'>): string {
  return request.routeOptions?.url || '(no route)';
}

/**
 * A client address as the log keeps it: IPv4 to its /24 and IPv6 to its /48 (an IPv4-mapped IPv6
 * address as IPv4), enough to see a network or a provider behind a flood, not a household. `full`
 * (LOG_FULL_IP, for an incident) keeps it whole.
 */
export function loggedAddress(ip: string | undefined, full: boolean): string | undefined {
  if (!ip || full) return ip;
  const address = ip.split('%')[0] ?? ip;
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/i.exec(address);
  if (v4 && isIPv4(address.replace(/^::ffff:/i, ''))) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (!isIPv6(address)) return '(unknown)';
  const prefix = ipv6Groups(address)
    .slice(0, 3)
    .map((group) => Number.parseInt(group, 16).toString(16));
  return `${prefix.join(':')}::/48`;
}

/** Fastify's request line in the log: method, route template, host and the shortened address. */
export function requestSerializer({ fullIp }: { fullIp: boolean }) {
  return (request: FastifyRequest) => ({
    method: request.method,
    url: loggedRoute(request),
    host: request.host,
    remoteAddress: loggedAddress(request.ip, fullIp),
  });
}
