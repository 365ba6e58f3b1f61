import type { FormTarget } from './api';
import { type SurveyTarget, surveyRoute } from './survey/survey-route';

export type Route =
  | { page: 'form'; target: FormTarget; key: string }
  | { page: 'status'; code: string }
  | { page: 'survey'; target: SurveyTarget; key: string }
  | { page: 'survey-code' }
  | { page: 'privacy'; org: string | null }
  | { page: 'unknown' };

/**
 * /e/<entrance token> (QR code), /report/<organization slug>, /r/<tracking code>; /s… (surveys);
 * /privacy/<organization slug> (the privacy notice; /privacy alone: the general one).
 */
export function parseRoute(pathname: string): Route {
  const survey = surveyRoute(pathname);
  if (survey) return survey;
  const [, head, value, ...rest] = pathname.split('/');
  if (head === 'privacy' && !rest.some(Boolean))
    return { page: 'privacy', org: value ? decodeURIComponent(value) : null };
  if (!value || rest.some(Boolean)) return { page: 'unknown' };
  const decoded = decodeURIComponent(value);
  if (head === 'e') return { page: 'form', target: { entrance: decoded }, key: `e:${decoded}` };
  if (head === 'report') return { page: 'form', target: { org: decoded }, key: `org:${decoded}` };
  if (head === 'r') return { page: 'status', code: decoded };
  return { page: 'unknown' };
}
