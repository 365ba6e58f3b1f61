import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

const readMethods = new Set(['GET', 'HEAD']);
/** What a municipality's web map may read of an answer besides its body. */
const exposed = 'x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, retry-after';
/** Headers a browser may add to a cross-origin read (beyond the always-allowed ones). */
const allowedHeaders = 'accept, accept-language, content-language';

/**
 * Cross-origin reads of the public Open311 resources (discovery, services, requests, tokens,
 * updates), so a web map on another site can show them: any origin, never with credentials
 * (`*` forbids them; reads need none), and a cross-origin resource policy that lets them through
 * (helmet's same-origin default is for our own pages). Writes stay server-to-server: a POST
 * gets no CORS headers, and a preflight for anything but a read is answered without them, so
 * browsers refuse it.
 */
export function open311Cors(
  app: FastifyInstance,
  onRequest: (request: FastifyRequest, reply: FastifyReply) => Promise<void>,
) {
  app.addHook('onRequest', async (request, reply) => {
    if (!readMethods.has(request.method)) return;
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', exposed);
    reply.header('cross-origin-resource-policy', 'cross-origin');
  });
  app.options('/*', { onRequest }, async (request, reply) => {
    const method = String(request.headers['access-control-request-method'] ?? '').toUpperCase();
    if (readMethods.has(method)) {
      reply.header('access-control-allow-origin', '*');
      reply.header('access-control-allow-methods', 'GET, HEAD');
      reply.header('access-control-allow-headers', allowedHeaders);
      reply.header('access-control-max-age', 86400);
    }
    return reply.status(204).send();
  });
}
