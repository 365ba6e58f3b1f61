import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { DestinationStream } from 'pino';
import { type Config, filesDir } from './config';
import type { Db } from './db/client';
import { modules } from './modules';
import { rolesFor } from './modules/permissions';
import { authPlugin } from './platform/auth/plugin';
import { errorHandler } from './platform/error-handler';
import { AppError } from './platform/errors';
import { parseJsonBodies } from './platform/json-body';
import { loggerOptions } from './platform/logger';
import { Mailer } from './platform/mail';
import { rejectUnstorableText } from './platform/storable-text';
import { type FileStorage, LocalFileStorage } from './platform/storage';
import { registerTenantPages } from './platform/tenant-pages';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    mailer: Mailer;
    storage: FileStorage;
    /** A demo installation (platform/demo-mode.ts): demo banner, outbox page for its admins. */
    demoMode: boolean;
  }
}

/**
 * demoMode: main.ts resolves it from the database; off unless given. logStream: where log lines
 * go, standard output unless given (a test reads them).
 */
export type AppOptions = { config: Config; db: Db; demoMode?: boolean; logStream?: DestinationStream };

const defaultWebDist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'dist');

/**
 * TRUST_PROXY as Fastify takes it. Fastify 5.12 ignores a bare hop count (it trusts nothing, as the
 * peer is unchecked), so a count becomes a function trusting the nearest n hops — right only when
 * the port is reachable through the proxy alone, which docs/OPERATIONS.md asks for.
 */
const trustProxyOption = (value: Config['TRUST_PROXY']) =>
  typeof value === 'number' ? (_address: string, hop: number) => hop < value : value;

/** Builds the Fastify application. main.ts listens with it; tests call it with inject(). */
export async function buildApp({
  config,
  db,
  demoMode = false,
  logStream,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // No personal data or secrets in the log: routes as templates, addresses shortened (logger.ts).
    logger: loggerOptions(config, logStream),
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Behind a reverse proxy the client's address comes from X-Forwarded-For (TRUST_PROXY).
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  parseJsonBodies(app);
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('demoMode', demoMode);
  app.decorate('mailer', new Mailer(db, config, app.log, demoMode));
  app.decorate('storage', new LocalFileStorage(filesDir(config)));

  // A configured base map loads its style, tiles and glyphs from its own origin.
  const mapOrigin = config.MAP_STYLE_URL ? [new URL(config.MAP_STYLE_URL).origin] : [];
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...mapOrigin],
        workerSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'", ...mapOrigin],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: { maxAge: 31536000, includeSubDomains: true },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Trygg API', version: '0.1.0', description: 'Safety work for housing companies' },
    },
    transform: jsonSchemaTransform,
  });
  // The API's own description is public, as Open311 clients read it before they have a key.
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, public: true };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  });
  await app.register(authPlugin, { config, rolesFor });
  app.addHook('preValidation', rejectUnstorableText);

  for (const register of modules) await app.register(register, { prefix: '/api' });

  const webDist = config.WEB_DIST ?? defaultWebDist;
  const hasWebApp = existsSync(path.join(webDist, 'index.html'));
  if (hasWebApp) {
    // preCompressed: the build writes .br/.gz next to each asset (web/vite.config.ts).
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false, preCompressed: true });
    await registerTenantPages(app, webDist);
  }
  app.setNotFoundHandler((request, reply) => {
    const isPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (isPage && hasWebApp) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw new AppError('not_found');
  });
  return app;
}
