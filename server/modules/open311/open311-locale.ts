import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../../common/roles';

const asked = (value: unknown): Locale | undefined => (value === 'sv' || value === 'en' ? value : undefined);

/**
 * The language of what the Open311 API says itself (errors, notices). Its clients are other
 * systems, so English unless the client asks for Swedish: a locale parameter (query or body)
 * of sv or en, else an Accept-Language that starts with Swedish. A staff member's own language
 * setting does not count here: the answer is for the client, not the person logged in.
 */
export function open311Locale(request: FastifyRequest): Locale {
  const query = request.query as { locale?: unknown } | undefined;
  const body = request.body as { locale?: unknown } | null | undefined;
  const chosen = asked(query?.locale) ?? asked(typeof body === 'object' ? body?.locale : undefined);
  if (chosen) return chosen;
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('sv') ? 'sv' : 'en';
}
