import { isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, a trailing dotted IPv4 part counted as two. */
export function ipv6Groups(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const split = (part: string) =>
    part ? part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group])) : [];
  const left = split(head);
  const right = tail === undefined ? [] : split(tail);
  return [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
}

/**
 * The address our own limits count a client by (login throttling, Open311's per-address limit),
 * as @fastify/rate-limit already does for the route limits. IPv4 as it is (an IPv4-mapped IPv6 address as IPv4);
 * IPv6 by its /64 prefix, since one home or phone is routinely given a whole /64 and could
 * otherwise take a fresh address for every attempt.
 */
export function addressKey(ip: string): string {
  const address = ip.split('%')[0] ?? ip;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const prefix = ipv6Groups(address)
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16));
  return `${prefix.join(':')}::/64`;
}
