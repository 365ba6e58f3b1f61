import type { ErrorBody } from '../../../../common/errors';
import { ApiError } from '../../app/api';

type Options = { csrfToken: string | null; language: string };

function headersFor({ csrfToken, language }: Options, accept: string): Record<string, string> {
  const headers: Record<string, string> = { accept, 'accept-language': language };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

async function toError(response: Response): Promise<ApiError> {
  const data = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  const error = data?.error;
  if (error && typeof error.message === 'string') {
    return new ApiError(response.status, error.code, error.message, error.issues ?? []);
  }
  return new ApiError(response.status, 'internal', `HTTP ${response.status}`);
}

/**
 * POST multipart/form-data (a CSV file and its column mapping). The JSON client in app/api.ts
 * sends JSON only; this adds the same CSRF header and turns an error answer into the same ApiError.
 */
export async function postForm<T>(path: string, body: FormData, options: Options): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: headersFor(options, 'application/json'),
    credentials: 'same-origin',
    body,
  });
  if (!response.ok) throw await toError(response);
  return (await response.json()) as T;
}

/** POST JSON and receive a document (the code letters PDF) as a Blob. */
export async function postForBlob(path: string, body: unknown, options: Options): Promise<Blob> {
  const response = await fetch(path, {
    method: 'POST',
    headers: {
      ...headersFor(options, 'application/pdf, application/json'),
      'content-type': 'application/json',
    },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await toError(response);
  return response.blob();
}
