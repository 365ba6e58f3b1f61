import type { ErrorCode, FieldIssue } from '../../common/errors';
import { isDatabaseUnavailable } from '../db/connection-errors';

const statusOf: Record<ErrorCode, number> = {
  validation_failed: 400,
  import_failed: 400,
  not_authenticated: 401,
  invalid_credentials: 401,
  two_factor_required: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  survey_code_used: 409,
  survey_closed: 410,
  mail_unavailable: 503,
  survey_link_replaced: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
};

/** The only error type services throw on purpose; the error handler maps it to HTTP. */
export class AppError extends Error {
  readonly status: number;
  /** Set by tryAgainIn: sent as Retry-After and said in the message. */
  retryAfterSeconds?: number;
  constructor(
    readonly code: ErrorCode,
    readonly issues?: FieldIssue[],
    message?: string,
  ) {
    super(message ?? code);
    this.status = statusOf[code];
  }
}

/** Too many attempts: the answer says (and Retry-After tells) how many seconds to wait. */
export function tryAgainIn(seconds: number): AppError {
  const error = new AppError('rate_limited');
  error.retryAfterSeconds = Math.max(1, Math.ceil(seconds));
  return error;
}

export const notFound = () => new AppError('not_found');

/** Seconds a client is asked to wait (Retry-After) when the database is away for a moment. */
export const retryAfterSeconds = 5;

/**
 * The error as an AppError when it is one, or when it means the database is unreachable for now
 * (a restart, failover or dropped connection: 503 service_unavailable, not a 500); else null.
 */
export function knownError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) return new AppError('service_unavailable', undefined, errorText(error));
  return null;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const forbidden = () => new AppError('forbidden');
