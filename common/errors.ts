/** The closed set of error codes the API answers with. Messages live in common/i18n. */
export const errorCodes = [
  'validation_failed',
  'not_authenticated',
  'two_factor_required',
  'forbidden',
  'not_found',
  'conflict',
  'csrf_failed',
  'rate_limited',
  'invalid_credentials',
  'payload_too_large',
  'unsupported_media_type',
  'import_failed',
  'survey_code_used',
  'survey_closed',
  'mail_unavailable',
  'survey_link_replaced',
  'service_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field (or one row and field of an import). */
export type FieldIssue = { path: string; message: string; line?: number };

/** The body of every error response. */
export type ErrorBody = { error: { code: ErrorCode; message: string; issues?: FieldIssue[] } };
