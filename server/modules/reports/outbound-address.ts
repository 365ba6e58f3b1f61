import { promises as dns } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/** Turns a host name into its addresses; the real one is dns.lookup (what fetch itself uses). */
export type HostResolver = (host: string) => Promise<Array<{ address: string; family: number }>>;

export const systemResolver: HostResolver = (host) => dns.lookup(host, { all: true });

/**
 * Addresses an organization's configured endpoint must not reach: this machine, the internal
 * network and cloud metadata services (169.254.169.254), i.e. anything that is not the public
 * internet.
 */
const internal = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network", includes the unspecified 0.0.0.0
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, includes broadcast
] as const) {
  internal.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8], // multicast
] as const) {
  internal.addSubnet(network, prefix, 'ipv6');
}

/**
 * The IPv4 address inside an IPv4-mapped IPv6 one, whichever way it is written (::ffff:127.0.0.1,
 * 0:0:0:0:0:ffff:7f00:1): the URL parser writes IPv6 in its one canonical form first.
 */
function mappedIpv4(address: string): string | undefined {
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const groups = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!groups) return undefined;
  const high = Number.parseInt(groups[1] as string, 16);
  const low = Number.parseInt(groups[2] as string, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** True when the address is not a public internet address (or is not an IP address at all). */
export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return internal.check(address, 'ipv4');
  if (family !== 6) return true;
  const bare = address.split('%')[0] as string; // without a zone index (fe80::1%eth0)
  const ipv4 = mappedIpv4(bare);
  if (ipv4) return internal.check(ipv4, 'ipv4');
  return internal.check(bare, 'ipv6');
}

/**
 * True when every address the host resolves to is public. A host with any internal address is
 * refused: the connection may use any of them. URL host names of IPv6 literals come in brackets.
 */
export async function hostIsPublic(host: string, resolve: HostResolver = systemResolver) {
  const addresses = await resolve(host.replace(/^\[(.*)\]$/, '$1'));
  return addresses.length > 0 && !addresses.some(({ address }) => isInternalAddress(address));
}
