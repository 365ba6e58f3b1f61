import type { FastifyReply } from 'fastify';

/**
 * Sends a generated file as a download: never sniffed, never cached (exports hold personal or
 * unpublished data). The one way a route answers with a file.
 */
export function sendFile(reply: FastifyReply, file: { body: Buffer; filename: string; contentType: string }) {
  return reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', `attachment; filename="${file.filename}"`)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Cache-Control', 'private, no-store')
    .send(file.body);
}
