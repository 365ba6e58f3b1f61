import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Open311ErrorItem } from '../../../common/contracts/open311';
import { errorMessages } from '../../../common/i18n/errors';
import type { Locale } from '../../../common/roles';
import { askToRetryWhenUnavailable, describeIssue } from '../../platform/error-handler';
import { type AppError, knownError } from '../../platform/errors';
import { open311Message } from './messages';
import { Open311Error } from './open311-error';
import { open311Locale } from './open311-locale';
import { formatOf, sendOpen311Errors } from './reply';

type Described = { status: number; errors: Open311ErrorItem[] };

function describeAppError(error: AppError, locale: Locale): Described {
  const issues = error.issues ?? [];
  const errors = issues.length
    ? issues.map((issue) => ({ code: error.status, description: `${issue.path}: ${issue.message}` }))
    : [{ code: error.status, description: errorMessages[locale][error.code] }];
  return { status: error.status, errors };
}

function describe(error: FastifyError, locale: Locale): Described | null {
  if (error instanceof Open311Error) {
    const message = open311Message(locale, error.messageKey);
    const description = error.field ? `${error.field}: ${message}` : message;
    return { status: error.status, errors: [{ code: error.status, description }] };
  }
  const known = knownError(error);
  if (known) return describeAppError(known, locale);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      const issue = describeIssue({ ...v.params, code: v.keyword, message: v.message, path }, locale);
      return { code: 400, description: `${issue.path}: ${issue.message}` };
    });
    return { status: 400, errors };
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // The plugin's limit is the one on reads; ours on POSTs throw an Open311Error naming theirs.
    const known = status === 429 ? open311Message(locale, 'readRateLimited') : error.message;
    return { status, errors: [{ code: status, description: known }] };
  }
  return null;
}

/**
 * Open311 errors are an array of {code, description} in the format the request asked for,
 * with the HTTP status the specification gives (400, 403 for the api_key, 404), in English
 * unless the client asks for Swedish (open311-locale.ts).
 */
export function open311ErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const locale = open311Locale(request);
  const described = describe(error, locale);
  if (described) {
    askToRetryWhenUnavailable(described.status, error, request, reply);
    return sendOpen311Errors(reply, formatOf(request.url), described.status, described.errors);
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendOpen311Errors(reply, formatOf(request.url), 500, [
    { code: 500, description: errorMessages[locale].internal },
  ]);
}
