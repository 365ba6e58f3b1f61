import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: codes are read aloud and typed from paper. 31 symbols × 10 ≈ 49.5 bits. */
export const trackingAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const length = 10;

/** A new random tracking code, shown and stored as `XXXXX-XXXXX`. */
export function newTrackingCode(): string {
  let code = '';
  for (let i = 0; i < length; i++) code += trackingAlphabet[randomInt(trackingAlphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The stored form of what someone typed: case, dashes and spaces do not matter. Null when it
 * cannot be a code, so a lookup is not even tried.
 */
export function normalizeTrackingCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== length) return null;
  for (const symbol of plain) if (!trackingAlphabet.includes(symbol)) return null;
  return `${plain.slice(0, 5)}-${plain.slice(5)}`;
}
