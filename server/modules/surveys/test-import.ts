/**
 * A multipart/form-data body as the import wizard sends it: the CSV as `file`, the mapping as JSON,
 * and the reason for importing into a closed wave.
 */
export function importForm(file: Uint8Array, mapping?: object | string, reason?: string) {
  const boundary = `----trygg${crypto.randomUUID()}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="svar.csv"\r\nContent-Type: text/csv\r\n\r\n`,
    ),
    Buffer.from(file),
    Buffer.from('\r\n'),
  ];
  if (mapping !== undefined) {
    const text = typeof mapping === 'string' ? mapping : JSON.stringify(mapping);
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${text}\r\n`),
    );
  }
  if (reason !== undefined)
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="reason"\r\n\r\n${reason}\r\n`),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
