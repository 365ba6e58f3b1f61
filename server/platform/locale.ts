import type { FastifyRequest } from 'fastify';
import type { Locale } from '../../common/roles';

/** The language to answer in: the user's own choice, else the browser's, else Swedish. */
export function requestLocale(request: FastifyRequest): Locale {
  const userLocale = request.auth?.user.locale;
  if (userLocale === 'en' || userLocale === 'sv') return userLocale;
  const header = request.headers['accept-language'] ?? '';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}
