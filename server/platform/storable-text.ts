import type { FastifyRequest } from 'fastify';
import { fieldMessages } from '../../common/i18n/errors';
import { AppError } from './errors';
import { requestLocale } from './locale';

/**
 * PostgreSQL text cannot hold NUL, and UTF-8 cannot encode a lone surrogate (JSON's "\ud800"
 * escape can produce one). Such text must be refused as bad input before it reaches the database,
 * where it would fail as a 500.
 */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorableText = (text: string): boolean =>
  !text.includes('\u0000') && !loneSurrogate.test(text);

/** The path of the first string in a JSON value that cannot be stored, or null. */
export function findUnstorableText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path.join('.') || '(body)';
  if (depth > 50 || typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    const found = findUnstorableText(item, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** A preValidation hook: input with NUL or lone surrogates gets a 400 naming the field, not a 500. */
export async function rejectUnstorableText(request: FastifyRequest): Promise<void> {
  for (const [prefix, value] of [
    ['', request.body],
    ['query', request.query],
    ['params', request.params],
  ] as const) {
    const path = findUnstorableText(value, prefix ? [prefix] : []);
    if (path) {
      throw new AppError('validation_failed', [
        { path, message: fieldMessages[requestLocale(request)].unstorable({}) },
      ]);
    }
  }
}
