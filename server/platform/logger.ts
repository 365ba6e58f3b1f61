import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from '../config';
import { errorSerializer, redactedPaths, scrubbedText } from './log-redaction';
import { requestSerializer } from './request-log';

/**
 * The one logger configuration (pino through Fastify). The log is read by operators and shipped
 * to other systems, so it holds no personal data and no secret:
 * - requests by route template, without query string, the client address shortened
 *   (platform/request-log.ts; LOG_FULL_IP keeps it whole for an incident);
 * - errors by type, message and stack, without the values involved (platform/log-redaction.ts);
 * - keys that name personal values (email, phone, description, position, token, …) redacted;
 * - e-mail addresses and query strings cut out of every message string.
 * server/platform/log-privacy.test.ts plants secrets in real flows and fails if one is logged.
 * `stream`: where the lines go (standard output unless a test captures them).
 */
export function loggerOptions(
  config: Pick<Config, 'LOG_LEVEL' | 'LOG_FULL_IP'>,
  stream?: DestinationStream,
): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: config.LOG_LEVEL,
    ...(stream ? { stream } : {}),
    serializers: {
      req: requestSerializer({ fullIp: config.LOG_FULL_IP }),
      err: (error: unknown) => errorSerializer(error),
    },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubbedText(arg) : arg));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
  };
}
