/**
 * What the log must never hold, whoever writes the line: the backstops behind the serializers of
 * platform/logger.ts. Log calls should not pass personal data in the first place; these catch a
 * call that does by mistake.
 */

/** Keys whose values are personal, free text or secrets, at the top of a log line or one level down. */
const redactedKeys = [
  'email',
  'to',
  'recipient',
  'subject',
  'text',
  'body',
  'description',
  'phone',
  'name',
  'password',
  'token',
  'secret',
  'lat',
  'lon',
  'position',
  'headers',
  'params',
  'detail',
];
export const redactedPaths = [...redactedKeys, ...redactedKeys.map((key) => `*.${key}`)];

// Not a scoped package in a stack frame (`node_modules/@fastify/static`): no '/' before the '@'.
const emailAddresses = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const queryStrings = /(\/[^\s?"']*)\?[^\s"']+/g;

/** A message with e-mail addresses and the query strings of URLs taken out. */
export const scrubbedText = (text: string) =>
  text.replace(emailAddresses, '[e-mail]').replace(queryStrings, '$1?[query]');

/** The properties of an error the log keeps: what it was and where, never the values involved. */
const keptErrorFields = [
  'code',
  'statusCode',
  'errno',
  'syscall',
  'severity',
  'routine',
  'schema',
  'table',
  'column',
  'constraint',
] as const;

type LoggedError = Record<string, unknown> & { type: string; message: string; stack: string };

/**
 * An error as the log keeps it. Drizzle's failed-query error carries the query's parameters (an
 * e-mail, a description) in `params` and in its message, PostgreSQL's `detail` the conflicting
 * value ("Key (email)=(…)"), a mail server's refusal the address: all are left out.
 */
export function errorSerializer(error: unknown, depth = 0): LoggedError {
  if (!(error instanceof Error))
    return { type: typeof error, message: scrubbedText(String(error)), stack: '' };
  const withoutParams = (text: string) => text.replace(/\nparams: [\s\S]*?(?=\n {4}at |$)/, '');
  const logged: LoggedError = {
    type: error.constructor?.name ?? 'Error',
    message: scrubbedText(withoutParams(error.message)),
    stack: scrubbedText(withoutParams(error.stack ?? '')),
  };
  const fields = error as unknown as Record<string, unknown>;
  for (const field of keptErrorFields) {
    if (fields[field] !== undefined) logged[field] = fields[field];
  }
  if (typeof fields.query === 'string') logged.query = fields.query;
  if (error.cause !== undefined && depth < 3) logged.cause = errorSerializer(error.cause, depth + 1);
  return logged;
}
