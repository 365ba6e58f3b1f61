import { createHash, randomBytes } from 'node:crypto';
import { uuidv7 } from 'uuidv7';

/** Time-ordered ids for new rows (clients may send their own for idempotent writes). */
export const newId = (): string => uuidv7();

/** A random token with the given bytes of entropy, URL-safe. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/** Tokens are stored hashed, so a leaked table does not leak sessions or reset links. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
