import type { Open311Message } from './messages';

export type Open311Status = 400 | 403 | 404 | 429;

/**
 * An error the Open311 API answers with its own status (400 bad input, 403 api_key, 404 not
 * found, 429 a rate limit) and a message naming the parameter, in the specification's error-array shape.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: Open311Status,
    readonly messageKey: Open311Message,
    readonly field?: string,
  ) {
    super(field ? `${field}: ${messageKey}` : messageKey);
  }
}
