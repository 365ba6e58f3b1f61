import Fastify, { type FastifyContextConfig, type FastifyInstance, type RouteOptions } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { modules } from '../modules';

/** A route and its config as declared (public, permission, csrf…), for the walks over every route. */
export type Route = { method: string; url: string; config: FastifyContextConfig };

/**
 * Every route the modules register, collected with an onRoute hook on a bare instance that
 * mounts the same module list as app.ts, so a new route cannot hide from this test.
 */
export async function registeredRoutes(app: FastifyInstance): Promise<Route[]> {
  const probe = Fastify({ logger: false });
  probe.setValidatorCompiler(validatorCompiler);
  probe.setSerializerCompiler(serializerCompiler);
  probe.decorate('db', app.db);
  probe.decorate('config', app.config);
  probe.decorate('mailer', app.mailer);
  probe.decorate('demoMode', app.demoMode);
  const options: RouteOptions[] = [];
  probe.addHook('onRoute', (route) => {
    options.push(route);
  });
  for (const register of modules) await probe.register(register, { prefix: '/api' });
  await probe.ready();
  await probe.close();
  // Read after every plugin's own onRoute hooks ran (Open311 marks its routes public in one).
  return options.flatMap((route) =>
    (Array.isArray(route.method) ? route.method : [route.method])
      .filter((method) => method !== 'HEAD')
      .map((method) => ({ method, url: route.url, config: route.config ?? {} })),
  );
}
