import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** Every environment variable Trygg reads, with its default. README's configuration table mirrors this. */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

/** proxy-addr's names for address ranges, which Fastify's trustProxy accepts alongside addresses. */
const namedRanges = ['loopback', 'linklocal', 'uniquelocal'];

/** An address, a named range, or a CIDR (`10.0.0.0/8`, `fd00::/8`, `10.0.0.0/255.0.0.0`). */
function isTrustedEntry(entry: string): boolean {
  if (namedRanges.includes(entry) || isIP(entry) !== 0) return true;
  const [address, bits, ...rest] = entry.split('/');
  const family = isIP(address ?? '');
  if (rest.length > 0 || family === 0 || bits === undefined) return false;
  if (family === 4 && isIP(bits) === 4) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * Fastify's trustProxy: `true` trusts every proxy, a number that many hops, a list the proxies at
 * those addresses. Unset/false: the socket's address is the client (no proxy in front).
 */
const trustProxyFromEnv = z
  .string()
  .trim()
  .transform((value, ctx): boolean | number | string[] => {
    if (value === 'true' || value === 'false') return value === 'true';
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value.split(',').map((entry) => entry.trim());
    const bad = entries.filter((entry) => !isTrustedEntry(entry));
    if (bad.length === 0) return entries;
    ctx.addIssue({
      code: 'custom',
      message: `must be true, a hop count, or addresses/CIDRs separated by commas (not ${bad.join(', ')})`,
    });
    return z.NEVER;
  });

export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  PUBLIC_URL: z.url({ message: 'must be an absolute URL such as http://localhost:3000' }).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /** Photos and attachments; `<DATA_DIR>/files` when unset. */
  FILES_DIR: z.string().min(1).optional(),
  /** The built web app to serve (default web/dist); lets a second build be tried beside the first.
   * A relative path is taken from the working directory. */
  WEB_DIST: z
    .string()
    .min(1)
    .transform((dir) => path.resolve(dir))
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Full client addresses in the request log, for an incident only (docs/OPERATIONS.md). Off: the
   * log keeps IPv4 to its /24 and IPv6 to its /48, which say where traffic comes from, not who.
   */
  LOG_FULL_IP: booleanFromEnv.default(false),
  /** Seed the demo companies into an EMPTY database at start; doing so makes it a demo installation. */
  SEED_DEMO: booleanFromEnv.default(true),
  /**
   * Demo mode (outbox page, login banner) follows the database: on only where the demo was seeded.
   * This variable can only turn it off (`false`), never on, so no setting exposes a real installation.
   */
  DEMO_MODE: z
    .enum(['false', '0'], {
      message: 'can only be false: demo mode is on only in a database that npm start seeded with the demo',
    })
    .transform((): false => false)
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Trygg <no-reply@trygg.local>'),
  COOKIE_SECURE: booleanFromEnv.default(true),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Failed logins for one account from one address before each further attempt waits (1 s, doubling). */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(3).max(100).default(5),
  /** The longest of those waits, and the wait told to a new address of an account under attack. */
  LOGIN_LOCKOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** Failed logins for one account from all addresses in 24 h, beyond which only known addresses may try. */
  LOGIN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(10).max(100_000).default(100),
  /** Failed logins from one address in an hour, beyond which it may try only accounts known there. */
  LOGIN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(5).max(100_000).default(30),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
  /** Tenant reports accepted per minute from one client address. */
  PUBLIC_REPORTS_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Survey answers accepted per minute from one client address. */
  PUBLIC_SURVEY_RESPONSES_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Answers through one stairwell's open link per hour, from any address. */
  PUBLIC_SURVEY_LINK_RESPONSES_PER_HOUR: z.coerce.number().int().min(1).default(60),
  /** Behind a reverse proxy: whose X-Forwarded-For to believe, so rate limits see the client. */
  TRUST_PROXY: trustProxyFromEnv.default(false),
  /**
   * The survey mixing buffer (docs/surveys-anonymity.md): answer sheets are stored together, at
   * least this many (k) in shuffled order, so none can be linked to its code by the database's
   * order or transaction ids…
   */
  SURVEY_MIX_MIN_BATCH: z.coerce.number().int().min(1).max(10_000).default(10),
  /** …or, when fewer wait, after a random wait of half to all of this many seconds. */
  SURVEY_MIX_MAX_WAIT_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    // Tenants are told their answers count "within a few minutes".
    .max(15 * 60)
    .default(300),
  MAP_STYLE_URL: z.url({ message: 'must be an absolute URL to a MapLibre style' }).optional(),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Validates the environment at boot; throws one message listing every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = configSchema.safeParse(relevant);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The directory of stored files. */
export const filesDir = (config: Config): string => config.FILES_DIR ?? path.join(config.DATA_DIR, 'files');

/** Test and tool configuration: defaults plus overrides, without reading process.env. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  // Files written by tests go to a temporary directory, never into the checkout's data/.
  const FILES_DIR = path.join(tmpdir(), `trygg-test-files-${process.pid}`);
  return { ...configSchema.parse({}), COOKIE_SECURE: true, LOG_LEVEL: 'silent', FILES_DIR, ...overrides };
}
