import type { FormTarget } from './api';

export type Route =
  | { page: 'form'; target: FormTarget; key: string }
  | { page: 'status'; code: string }
  | { page: 'unknown' };

/** /e/<entrance token> (QR code), /report/<organization slug>, /r/<tracking code>. */
export function parseRoute(pathname: string): Route {
  const [, head, value, ...rest] = pathname.split('/');
  if (!value || rest.some(Boolean)) return { page: 'unknown' };
  const decoded = decodeURIComponent(value);
  if (head === 'e') return { page: 'form', target: { entrance: decoded }, key: `e:${decoded}` };
  if (head === 'report') return { page: 'form', target: { org: decoded }, key: `org:${decoded}` };
  if (head === 'r') return { page: 'status', code: decoded };
  return { page: 'unknown' };
}
