import type { ErrorBody, ErrorCode, FieldIssue } from '../../../common/errors';

/** An error answered by the API, with its message already in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
  }
}

// The CSRF token belongs to the session; the session query keeps it current.
let csrfToken: string | null = null;
let language = 'sv';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Anonymous requests (login, reset) get server messages in the language the page shows. */
export function setApiLanguage(locale: string): void {
  language = locale;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return undefined as T;
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

function toApiError(status: number, data: unknown): ApiError {
  const error = (data as Partial<ErrorBody> | null)?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(status, error.code, error.message, error.issues ?? []);
  }
  return new ApiError(status, 'internal', `HTTP ${status}`);
}

/**
 * A POST answered with a file (an export whose query must not travel in the URL): the file's
 * bytes and its name from Content-Disposition; an error answer throws as any request does.
 */
async function postForFile(path: string, body: unknown): Promise<{ blob: Blob; filename: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': language };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw toApiError(response.status, await response.json().catch(() => null));
  const filename =
    /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  return { blob: await response.blob(), filename };
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body: unknown = {}) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string) => request<T>('DELETE', path),
  postForFile,
};
