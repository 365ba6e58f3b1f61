import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { open311ApiKeys } from '../../db/schema';
import { hashToken } from '../../platform/ids';
import { Open311Error } from './open311-error';

export type ApiKeyOwner = { apiKeyId: string; organizationId: string };

/** The live key behind an api_key, or 403 (missing, unknown or revoked: the specification's code). */
export async function verifyApiKey(db: Db, apiKey: string | undefined): Promise<ApiKeyOwner> {
  if (!apiKey) throw new Open311Error(403, 'apiKeyMissing', 'api_key');
  const [found] = await db
    .select({ apiKeyId: open311ApiKeys.id, organizationId: open311ApiKeys.organizationId })
    .from(open311ApiKeys)
    .where(and(eq(open311ApiKeys.keyHash, hashToken(apiKey)), isNull(open311ApiKeys.revokedAt)));
  if (!found) throw new Open311Error(403, 'apiKeyInvalid', 'api_key');
  return found;
}
