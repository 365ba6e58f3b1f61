import type {
  PublicPlace,
  ReportForm,
  ReportReceipt,
  ReportStatusPage,
  ReportSubmission,
} from '../../../common/contracts/public-reports';
import type { ErrorBody } from '../../../common/errors';
import type { TenantLocale } from '../../../common/reporting';

/** An answer with an error body (4xx/5xx). Network failures stay TypeErrors from fetch. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody['error'] | null,
  ) {
    super(body?.message ?? `HTTP ${status}`);
  }
}

export async function request<T>(url: string, init?: RequestInit): Promise<{ status: number; data: T }> {
  const response = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (!response.ok) throw new ApiError(response.status, (parsed as ErrorBody | null)?.error ?? null);
  return { status: response.status, data: parsed as T };
}

const query = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();

export type FormTarget = { org?: string; entrance?: string };

export const publicApi = {
  form: (target: FormTarget, locale: TenantLocale) =>
    request<ReportForm>(`/api/public/report-form?${query({ ...target, locale })}`).then((r) => r.data),
  search: (org: string, q: string) =>
    request<{ places: PublicPlace[] }>(`/api/public/places?${query({ org, q })}`).then((r) => r.data.places),
  nearby: (org: string, lon: number, lat: number) =>
    request<{ places: PublicPlace[] }>(`/api/public/places/nearby?${query({ org, lon, lat })}`).then(
      (r) => r.data.places,
    ),
  areasUrl: (org: string) => `/api/public/areas?${query({ org })}`,
  status: (code: string, locale: TenantLocale) =>
    request<ReportStatusPage>(`/api/public/reports/${encodeURIComponent(code)}?${query({ locale })}`).then(
      (r) => r.data,
    ),
  withdrawContact: (code: string) =>
    request<unknown>(`/api/public/reports/${encodeURIComponent(code)}/withdraw-contact`, { method: 'POST' }),
  /** The reporter asks for e-mail updates after the fact; the answer is the status page again. */
  subscribe: (code: string, email: string, locale: TenantLocale) =>
    request<ReportStatusPage>(
      `/api/public/reports/${encodeURIComponent(code)}/updates?${query({ locale })}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, consent: true }),
      },
    ).then((r) => r.data),
  /** JSON without photos; multipart (`report` + `photos`) with them. */
  submit(submission: ReportSubmission, photos: Blob[]) {
    if (photos.length === 0) {
      return request<ReportReceipt>('/api/public/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(submission),
      });
    }
    const body = new FormData();
    body.append('report', JSON.stringify(submission));
    photos.forEach((photo, index) => {
      body.append('photos', photo, `photo-${index + 1}.jpg`);
    });
    return request<ReportReceipt>('/api/public/reports', { method: 'POST', body });
  },
};
