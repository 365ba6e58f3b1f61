import type { ErrorBody } from '../../../../common/errors';
import { ApiError } from '../../app/api';

/**
 * Sends one photo as multipart/form-data (field `photo`). The JSON client in app/api.ts sends JSON
 * only; this adds the same CSRF header and turns an error answer into the same ApiError.
 */
export async function uploadPhoto(
  workOrderId: string,
  phase: 'before' | 'after',
  file: File,
  csrfToken: string | null,
  language: string,
): Promise<void> {
  const body = new FormData();
  body.append('photo', file);
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': language };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/work-orders/${workOrderId}/photos?phase=${phase}`, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body,
  });
  if (response.ok) return;
  const data = (await response.json().catch(() => null)) as Partial<ErrorBody> | null;
  const error = data?.error;
  if (error && typeof error.message === 'string') {
    throw new ApiError(response.status, error.code, error.message, error.issues ?? []);
  }
  throw new ApiError(response.status, 'internal', `HTTP ${response.status}`);
}
