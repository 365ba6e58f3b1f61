import type { Locale } from '../../../common/roles';
import { AppError } from '../../platform/errors';
import { placeMessage } from './messages';

/** The request field behind each unique constraint of the places tables. */
const fieldOfConstraint: Record<string, string> = {
  areas_code_unique: 'code',
  buildings_external_id_unique: 'externalId',
  apartments_object_id_unique: 'objectId',
};

/** The PostgreSQL error under a driver or ORM wrapper, if any. */
function databaseError(error: unknown): { code?: string; constraint?: string } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (candidate.code === '23505') return candidate as { code?: string; constraint?: string };
    current = candidate.cause;
  }
  return null;
}

/**
 * Runs a write and turns a unique violation (a race the pre-check could not see) into a 409
 * naming the field, never a 500.
 */
export async function withUniqueFields<T>(locale: Locale, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const violation = databaseError(error);
    if (!violation) throw error;
    const path = fieldOfConstraint[violation.constraint ?? ''] ?? '(body)';
    throw new AppError('conflict', [{ path, message: placeMessage(locale, 'taken') }]);
  }
}

export const taken = (locale: Locale, path: string) =>
  new AppError('conflict', [{ path, message: placeMessage(locale, 'taken') }]);
