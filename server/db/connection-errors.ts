/**
 * Whether an error means the database could not be reached or dropped the connection — a restart,
 * a failover, an administrator ending backends, a network cut — rather than anything about the
 * request. Such a request may succeed if tried again in a moment: it is answered 503 with
 * Retry-After, and background work tries again later.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some(isConnectionLevel);
}

/** SQLSTATEs of a lost or refused connection: class 08, shutdowns (57P01–57P03), too many clients. */
const unavailableStates = /^(08...|57P0[1-3]|53300)$/;
/** Socket errors on the way to the database. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** What node-postgres and its pool say when a connection died or none could be had in time. */
const driverMessages = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
];

function isConnectionLevel(error: Error & { code?: unknown }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (unavailableStates.test(code) || socketCodes.has(code)) return true;
  return driverMessages.some((message) => error.message.startsWith(message));
}

/** The error, what caused it (Drizzle wraps the driver's error as `cause`), and an AggregateError's parts. */
function causes(error: unknown, seen = new Set<unknown>()): Error[] {
  if (!(error instanceof Error) || seen.has(error)) return [];
  seen.add(error);
  const parts = error instanceof AggregateError ? error.errors : [];
  return [error, ...causes(error.cause, seen), ...parts.flatMap((part) => causes(part, seen))];
}
