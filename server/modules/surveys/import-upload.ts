import type { FastifyRequest } from 'fastify';
import { importColumnMapping } from '../../../common/contracts/survey-responses';
import { changeReason } from '../../../common/contracts/survey-waves';
import type { Locale } from '../../../common/roles';
import { describeIssue } from '../../platform/error-handler';
import { AppError } from '../../platform/errors';
import { requestLocale } from '../../platform/locale';
import type { ColumnMapping } from './import/column-mapping';
import { responseMessage } from './response-messages';

/**
 * An answer file as uploaded: its bytes, when the user confirmed one the column mapping, and the
 * reason for importing into a closed wave (required then).
 */
export type ImportUpload = { file: Buffer; mapping: ColumnMapping | null; reason?: string };

/** 50 MB: a vendor file of 100 000 responses with free text is about 15 MB. */
export const importFileLimits = { fileSize: 50 * 1024 * 1024, files: 1, fields: 3, parts: 4 };

/** Reads the multipart body: the `file` (CSV) and the optional `mapping` field (JSON). */
export async function readImportUpload(request: FastifyRequest): Promise<ImportUpload> {
  const locale = requestLocale(request);
  if (!request.isMultipart()) throw new AppError('unsupported_media_type');
  let file: Buffer | null = null;
  let mappingText: string | null = null;
  let reason: string | undefined;
  for await (const part of request.parts()) {
    if (part.type === 'file') file = await part.toBuffer();
    else if (part.fieldname === 'mapping' && typeof part.value === 'string' && part.value.trim() !== '')
      mappingText = part.value;
    else if (part.fieldname === 'reason' && typeof part.value === 'string')
      reason = parseReason(part.value, locale);
  }
  if (!file)
    throw new AppError('validation_failed', [
      { path: 'file', message: responseMessage(locale, 'fileNeeded') },
    ]);
  return { file, mapping: mappingText === null ? null : parseMapping(mappingText, request), reason };
}

/** A multipart field that failed its Zod rule, as the 400 the JSON routes give, under `field`. */
const invalidField = (issues: readonly object[], locale: Locale, field: string) =>
  new AppError(
    'validation_failed',
    issues.map((issue) => describeIssue(issue as Parameters<typeof describeIssue>[0], locale, field)),
  );

/** The same rule as the JSON routes' reason: too long is a 400 naming it, never cut short. */
function parseReason(value: string, locale: Locale): string | undefined {
  const parsed = changeReason.safeParse(value);
  if (!parsed.success) throw invalidField(parsed.error.issues, locale, 'reason');
  return parsed.data || undefined;
}

function parseMapping(text: string, request: FastifyRequest): ColumnMapping {
  const locale = requestLocale(request);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('validation_failed', [
      { path: 'mapping', message: responseMessage(locale, 'badMapping') },
    ]);
  }
  const parsed = importColumnMapping.safeParse(json);
  if (!parsed.success) throw invalidField(parsed.error.issues, locale, 'mapping');
  return parsed.data;
}
