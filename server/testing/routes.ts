import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { modules } from '../modules';

export type Route = { method: string; url: string };

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
  const routes: Route[] = [];
  probe.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  for (const register of modules) await probe.register(register, { prefix: '/api' });
  await probe.ready();
  await probe.close();
  return routes;
}
