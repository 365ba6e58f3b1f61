/**
 * A survey by the code on a letter, or by a stairwell's open link (its own token, from the notice).
 * The old open link (wave + entrance token) is kept as a target so the server can refuse it kindly.
 */
export type SurveyTarget = { code: string } | { token: string } | { waveId: string; entranceToken: string };

type SurveyRoute = { page: 'survey'; target: SurveyTarget; key: string } | { page: 'survey-code' };

/** The code as stored: upper case without spaces or dashes, so a typed and a scanned code meet. */
export const normalizeCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');

/**
 * /s (type the code), /s/<code> (the letter's QR code), /s/open/<token> (the stairwell's notice);
 * /s/open/<wave>/<entrance token> is the old notice, which the server refuses with kind words.
 */
export function surveyRoute(pathname: string): SurveyRoute | null {
  const [, head, ...parts] = pathname.replace(/\/+$/, '').split('/');
  if (head !== 's') return null;
  const values = parts.map(decodeURIComponent);
  if (values.length === 0) return { page: 'survey-code' };
  if (values.length === 1 && values[0]) {
    return { page: 'survey', target: { code: values[0] }, key: `code:${normalizeCode(values[0])}` };
  }
  const [open, waveId, entranceToken] = values;
  if (values.length === 2 && open === 'open' && values[1]) {
    return { page: 'survey', target: { token: values[1] }, key: `open:${values[1]}` };
  }
  if (values.length === 3 && open === 'open' && waveId && entranceToken) {
    return { page: 'survey', target: { waveId, entranceToken }, key: `open:${waveId}:${entranceToken}` };
  }
  return null;
}
