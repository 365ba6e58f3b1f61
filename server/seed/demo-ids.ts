import { createHash, createHmac } from 'node:crypto';

// Fixed namespace for the demo's name-based ids (a v4 UUID generated once, never changed): the
// same name always gives the same id, so the demo is identical on every machine and every run.
const namespace = Buffer.from('6f1c2a4e9b7d4c1e8a35d0e4b2f79c10', 'hex');

/** A name-based UUID (version 5 layout: SHA-1 of namespace and name) for a demo row. */
export function demoId(name: string): string {
  const bytes = createHash('sha1').update(namespace).update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Demo entrances need public tokens that are stable across runs yet not guessable from the
// address; an HMAC of the id under a fixed key gives both. Real entrances get random tokens.
const demoTokenKey = 'trygg-demo-entrance-tokens-v1';

/** 128-bit URL-safe public token for a demo entrance. */
export function demoToken(id: string): string {
  return createHmac('sha256', demoTokenKey).update(id).digest().subarray(0, 16).toString('base64url');
}

/** A number in [0, 1) derived from a name: deterministic "randomness" for the demo's layout. */
export function demoFraction(name: string): number {
  return createHash('sha256').update(name).digest().readUInt32BE(0) / 2 ** 32;
}

/** A deterministic integer in [min, max] derived from a name. */
export function demoInt(name: string, min: number, max: number): number {
  return min + Math.floor(demoFraction(name) * (max - min + 1));
}
