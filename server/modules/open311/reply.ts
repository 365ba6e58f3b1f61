import type { FastifyReply } from 'fastify';
import type { Open311ErrorItem, Open311Format } from '../../../common/contracts/open311';
import { toOpen311Xml } from './xml';

/** The format a request asked for by its suffix (`/services.xml`); JSON for anything else. */
export function formatOf(url: string): Open311Format {
  const path = url.split('?')[0] ?? '';
  return path.endsWith('.xml') ? 'xml' : 'json';
}

export const xmlType = 'text/xml; charset=utf-8';
export const jsonType = 'application/json; charset=utf-8';

/** XML names per answer: the root element and, for lists, each item's element. */
export type XmlShape = { root: string; item: string | null };

/**
 * Sends an Open311 answer. JSON goes through the route's response schema; XML is built from
 * the same data (a string, which Fastify sends as is).
 */
export function sendOpen311<T>(
  reply: FastifyReply,
  format: Open311Format,
  shape: XmlShape,
  data: T,
  status = 200,
) {
  reply.status(status);
  if (format === 'xml') return reply.type(xmlType).send(toOpen311Xml(shape.root, shape.item, data));
  return reply.type(jsonType).send(data);
}

/** Errors are written out here, not through a schema: the same array shape in both formats. */
export function sendOpen311Errors(
  reply: FastifyReply,
  format: Open311Format,
  status: number,
  errors: Open311ErrorItem[],
) {
  reply.status(status);
  if (format === 'xml') return reply.type(xmlType).send(toOpen311Xml('errors', 'error', errors));
  return reply.type(jsonType).send(JSON.stringify(errors));
}
