import type { FastifyInstance } from 'fastify';
import type { externalBodies, reports } from '../../db/schema';

type Body = typeof externalBodies.$inferSelect;
type Report = typeof reports.$inferSelect;
export type ForwardedReport = Pick<
  Report,
  'trackingCode' | 'description' | 'lon' | 'lat' | 'locationText'
> & {
  categoryName: string;
  categoryKey: string;
  placeLabel: string | null;
  organizationName: string;
};

const open311TimeoutMs = 10_000;

/** The report as the other body reads it: what and where, never who reported it. */
export function forwardMailText(report: ForwardedReport) {
  const position = report.lat !== null && report.lon !== null ? `${report.lat}, ${report.lon}` : '–';
  const lines = [
    `${report.organizationName} vidarebefordrar en felanmälan som gäller något som inte är vårt.`,
    `(${report.organizationName} is forwarding a report about something that is not ours.)`,
    '',
    `Ärende / Reference: ${report.trackingCode}`,
    `Kategori / Category: ${report.categoryName}`,
    `Plats / Place: ${report.placeLabel ?? report.locationText ?? '–'}`,
    `Position (lat, lon): ${position}`,
    '',
    report.description,
  ];
  return {
    subject: `Felanmälan ${report.trackingCode} från ${report.organizationName}`,
    text: lines.join('\n'),
  };
}

async function postOpen311(body: Body, report: ForwardedReport): Promise<string> {
  const form = new URLSearchParams({
    service_code: body.open311ServiceCode ?? report.categoryKey,
    description: report.description,
  });
  if (body.open311ApiKey) form.set('api_key', body.open311ApiKey);
  if (report.lat !== null && report.lon !== null) {
    form.set('lat', String(report.lat));
    form.set('long', String(report.lon));
  }
  if (report.locationText) form.set('address_string', report.locationText);
  const endpoint = (body.open311Endpoint as string).replace(/\/$/, '');
  const response = await fetch(`${endpoint}/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form,
    signal: AbortSignal.timeout(open311TimeoutMs),
  });
  const text = await response.text();
  if (!response.ok) return `Open311: failed, HTTP ${response.status} ${text.slice(0, 200)}`;
  const parsed = JSON.parse(text) as Array<{ service_request_id?: string; token?: string }>;
  const first = Array.isArray(parsed) ? parsed[0] : undefined;
  const reference = first?.service_request_id ?? (first?.token ? `token ${first.token}` : 'no id');
  return `Open311: sent to ${endpoint}, ${reference}`;
}

/**
 * Hands a forwarded report to the body: by e-mail and/or to its Open311 endpoint. Runs after the
 * forward committed (the other side may be slow or down); returns what happened, for the
 * report's internal timeline. Never throws.
 */
export async function deliverToBody(
  app: FastifyInstance,
  body: Body,
  report: ForwardedReport,
): Promise<string> {
  const outcomes: string[] = [];
  if (body.email) {
    try {
      await app.mailer.send({ to: body.email, ...forwardMailText(report) });
      outcomes.push(`E-mail: sent to ${body.email}`);
    } catch (error) {
      outcomes.push(`E-mail: failed to ${body.email} (${(error as Error).message})`);
    }
  }
  if (body.open311Endpoint) {
    try {
      outcomes.push(await postOpen311(body, report));
    } catch (error) {
      outcomes.push(`Open311: failed (${(error as Error).message})`);
    }
  }
  return outcomes.join('\n');
}
