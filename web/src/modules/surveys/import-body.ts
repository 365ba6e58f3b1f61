import type { ColumnMapping } from './survey-types';

/** The file and, once the user has edited it, the mapping, as the multipart body both import steps send. */
export function importBody(file: File, mapping: ColumnMapping | null): FormData {
  const body = new FormData();
  // The mapping goes first: a streaming multipart reader sees fields in order.
  if (mapping) body.append('mapping', JSON.stringify(mapping));
  body.append('file', file);
  return body;
}
