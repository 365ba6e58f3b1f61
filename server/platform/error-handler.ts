import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode, FieldIssue } from '../../common/errors';
import { errorMessages, fieldMessages, waitMessages } from '../../common/i18n/errors';
import type { Locale } from '../../common/roles';
import { knownError, retryAfterSeconds } from './errors';
import { requestLocale } from './locale';

type ZodLikeIssue = { code: string; path: PropertyKey[]; message?: string } & Record<string, unknown>;

/** Turns a Zod issue into a field issue in the user's language. */
export function describeIssue(issue: ZodLikeIssue, locale: Locale, prefix = ''): FieldIssue {
  const messages = fieldMessages[locale];
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message ?? '');
  const kind = missing ? 'required' : issue.code;
  const params = {
    ...issue,
    values: Array.isArray(issue.values) ? issue.values.join(', ') : issue.values,
    keys: Array.isArray(issue.keys) ? issue.keys.join(', ') : issue.keys,
  };
  const describe = messages[kind] ?? messages.invalid;
  return { path: path || '(body)', message: describe(params) };
}

function body(code: ErrorCode, locale: Locale, issues?: FieldIssue[], retryAfterSeconds?: number): ErrorBody {
  const message =
    retryAfterSeconds === undefined ? errorMessages[locale][code] : waitMessages[locale](retryAfterSeconds);
  return { error: { code, message, ...(issues?.length ? { issues } : {}) } };
}

/** The whole seconds of a Retry-After header that a rate limiter has already set, if any. */
function retryAfterOf(reply: FastifyReply): number | undefined {
  const seconds = Number(reply.getHeader('retry-after'));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

const statusCodes: Record<number, ErrorCode> = {
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  404: 'not_found',
};

/**
 * A 503 (the database away for a moment) asks the client to try again shortly; it is logged as a
 * warning, not as an unhandled error.
 */
export function askToRetryWhenUnavailable(
  status: number,
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (status !== 503) return;
  request.log.warn({ err: error }, 'database unavailable');
  reply.header('retry-after', String(retryAfterSeconds));
}

/** The one place where errors become HTTP responses. Unknown errors are logged and become 500. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(request);
  const known = knownError(error);
  if (known) {
    askToRetryWhenUnavailable(known.status, error, request, reply);
    if (known.retryAfterSeconds !== undefined) reply.header('retry-after', known.retryAfterSeconds);
    return reply.status(known.status).send(body(known.code, locale, known.issues, known.retryAfterSeconds));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = error.validationContext === 'body' ? '' : (error.validationContext ?? '');
    const issues = error.validation.map((v) =>
      describeIssue(
        { ...v.params, code: v.keyword, message: v.message, path: v.instancePath.split('/').filter(Boolean) },
        locale,
        prefix,
      ),
    );
    return reply.status(400).send(body('validation_failed', locale, issues));
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = statusCodes[status] ?? 'validation_failed';
    const issues = code === 'validation_failed' ? [{ path: '(body)', message: error.message }] : undefined;
    const retryAfter = status === 429 ? retryAfterOf(reply) : undefined;
    return reply.status(status).send(body(code, locale, issues, retryAfter));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(body('internal', locale));
}
