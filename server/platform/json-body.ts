import type { FastifyInstance, FastifyRequest } from 'fastify';
import { fieldMessages } from '../../common/i18n/errors';
import { AppError } from './errors';
import { requestLocale } from './locale';

/** Keys that would change an object's prototype once the body is merged or copied (prototype poisoning). */
function forbiddenKeyOf(text: string): string | null {
  let found: string | null = null;
  JSON.parse(text, (key, value) => {
    if (key === '__proto__') found ??= '__proto__';
    if (key === 'constructor' && value !== null && typeof value === 'object' && 'prototype' in value) {
      found ??= 'constructor.prototype';
    }
    return value;
  });
  return found;
}

function bodyError(request: FastifyRequest, kind: string, params: Record<string, unknown> = {}) {
  const message = fieldMessages[requestLocale(request)][kind](params);
  return new AppError('validation_failed', [{ path: '(body)', message }]);
}

/**
 * Parses JSON bodies as Fastify's own parser does, refusing prototype-poisoning keys, but says
 * which of the three things went wrong (empty, not JSON, a forbidden key) in the user's language
 * instead of one English sentence for all.
 */
export function parseJsonBodies(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, text, done) => {
    const body = String(text);
    if (body.trim() === '') return done(bodyError(request, 'empty_body'), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return done(bodyError(request, 'invalid_json'), undefined);
    }
    // The slower walk with a reviver only for the rare body that may hold a suspect key: one that
    // names it, or has any \u escape (`"\u005f_proto__"` is the same key once parsed).
    const key = /__proto__|constructor|\\u/.test(body) ? forbiddenKeyOf(body) : null;
    if (key) return done(bodyError(request, 'forbidden_key', { key }), undefined);
    return done(null, parsed);
  });
}
