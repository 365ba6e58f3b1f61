import type { ColumnMapping } from './survey-types';

/**
 * The file and, once the user has edited it, the mapping, as the multipart body both import steps
 * send; a closed wave's import also sends the reason.
 */
export function importBody(file: File, mapping: ColumnMapping | null, reason?: string): FormData {
  const body = new FormData();
  // The fields go first: a streaming multipart reader sees fields in order.
  if (mapping) body.append('mapping', JSON.stringify(mapping));
  if (reason?.trim()) body.append('reason', reason.trim());
  body.append('file', file);
  return body;
}
