import type { FastifyInstance } from 'fastify';
import type { externalBodies, reports } from '../../db/schema';
import { type HostResolver, hostIsPublic, systemResolver } from './outbound-address';

type Body = Pick<
  typeof externalBodies.$inferSelect,
  'organizationId' | 'email' | 'open311Endpoint' | 'open311ApiKey' | 'open311ServiceCode'
>;
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

/** Why a delivery failed, as a fixed text: never the other side's answer or an error's own text. */
class DeliveryFailure extends Error {}

/** The other body's id for the request, if it looks like one (it lands in our timeline). */
function requestReference(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'no id';
  }
  const first = (Array.isArray(parsed) ? parsed[0] : undefined) as
    | { service_request_id?: unknown; token?: unknown }
    | undefined;
  const safe = (value: unknown) =>
    typeof value === 'string' && /^[\w.:-]{1,64}$/.test(value) ? value : undefined;
  const id = safe(first?.service_request_id);
  const token = safe(first?.token);
  return id ?? (token ? `token ${token}` : 'no id');
}

/**
 * Posts to the body's Open311 endpoint, only if its host resolves to public addresses alone (an
 * organization admin sets the endpoint: it must not reach our own network or metadata service).
 * Known gap: DNS rebinding. fetch resolves the name again when it connects, so a name that
 * answered with a public address for the check could answer with an internal one then. Closing
 * it needs the check inside the connection's own lookup: an undici Agent with
 * `connect: { lookup }` refusing internal addresses, passed as fetch's `dispatcher` (undici is
 * not a dependency of this project yet). Redirects are refused for the same reason.
 */
async function postOpen311(body: Body, report: ForwardedReport, resolve: HostResolver) {
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
  const url = URL.parse(`${endpoint}/requests.json`);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new DeliveryFailure('invalid endpoint');
  if (!(await hostIsPublic(url.hostname, resolve))) throw new DeliveryFailure('refused: private address');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form,
    redirect: 'error',
    signal: AbortSignal.timeout(open311TimeoutMs),
  });
  if (!response.ok) {
    await response.body?.cancel();
    throw new DeliveryFailure(`HTTP ${response.status}`);
  }
  return `Open311: sent to ${endpoint}, ${requestReference(await response.text())}`;
}

/** The fixed reason for a failed Open311 delivery. */
function open311Failure(error: unknown): string {
  if (error instanceof DeliveryFailure) return error.message;
  if (error instanceof Error && error.name === 'TimeoutError') return 'timeout';
  return 'network error';
}

/**
 * Hands a forwarded report to the body: by e-mail and/or to its Open311 endpoint. Runs after the
 * forward committed (the other side may be slow or down); returns what happened, for the
 * report's internal timeline. Never throws. `resolve` is replaceable for tests only, which post to
 * a local server.
 */
export async function deliverToBody(
  app: FastifyInstance,
  body: Body,
  report: ForwardedReport,
  resolve: HostResolver = systemResolver,
): Promise<string> {
  const outcomes: string[] = [];
  if (body.email) {
    try {
      await app.mailer.send(
        { to: body.email, ...forwardMailText(report) },
        { organizationId: body.organizationId },
      );
      outcomes.push(`E-mail: sent to ${body.email}`);
    } catch (error) {
      outcomes.push(`E-mail: failed to ${body.email} (${(error as Error).message})`);
    }
  }
  if (body.open311Endpoint) {
    try {
      outcomes.push(await postOpen311(body, report, resolve));
    } catch (error) {
      outcomes.push(`Open311: failed (${open311Failure(error)})`);
    }
  }
  return outcomes.join('\n');
}
