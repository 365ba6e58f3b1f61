import type { FastifyRequest } from 'fastify';
import { maxPhotoBytes, maxPhotosPerReport } from '../../../common/reporting';
import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import { intakeMessage } from './messages';

/** Limits of the multipart form: the report as one JSON field and at most three photos. */
export const multipartLimits = {
  fileSize: maxPhotoBytes,
  files: maxPhotosPerReport,
  fields: 5,
  parts: 10,
  fieldSize: 100_000,
};

const errorCodeOf = (error: unknown) => (error as { code?: unknown } | null)?.code;

function multipartError(error: unknown, photoIndex: number, locale: Locale): unknown {
  switch (errorCodeOf(error)) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return new AppError('payload_too_large', [
        { path: `photos[${photoIndex}]`, message: intakeMessage(locale, 'tooLargePhoto') },
      ]);
    case 'FST_FILES_LIMIT':
      return new AppError('validation_failed', [
        { path: 'photos', message: intakeMessage(locale, 'tooManyPhotos') },
      ]);
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return new AppError('payload_too_large');
    default:
      return error;
  }
}

function parseReportField(value: unknown, locale: Locale): unknown {
  try {
    return JSON.parse(String(value));
  } catch {
    throw new AppError('validation_failed', [
      { path: 'report', message: intakeMessage(locale, 'badReportField') },
    ]);
  }
}

/**
 * Reads a multipart submission: field `report` (the JSON of reportSubmission) and files
 * `photos`. Files are held in memory, each at most maxPhotoBytes, before they are re-encoded.
 */
export async function readMultipartSubmission(
  request: FastifyRequest,
  locale: Locale,
): Promise<{ body: unknown; photos: Buffer[] }> {
  let body: unknown;
  const photos: Buffer[] = [];
  try {
    for await (const part of request.parts({ limits: multipartLimits })) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname !== 'photos') {
          throw new AppError('validation_failed', [
            { path: part.fieldname, message: intakeMessage(locale, 'unexpectedFile') },
          ]);
        }
        photos.push(bytes);
      } else if (part.fieldname === 'report') {
        body = parseReportField(part.value, locale);
      }
    }
  } catch (error) {
    throw multipartError(error, photos.length, locale);
  }
  if (body === undefined) {
    throw new AppError('validation_failed', [
      { path: 'report', message: intakeMessage(locale, 'badReportField') },
    ]);
  }
  return { body, photos };
}
