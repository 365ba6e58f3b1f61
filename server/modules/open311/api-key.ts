import { and, eq, isNull } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import {
  type Open311Disclosure,
  type Open311OutsideAreas,
  open311Disclosure,
} from '../../../common/contracts/open311';
import type { Db } from '../../db/client';
import { open311ApiKeys } from '../../db/schema';
import { hashToken } from '../../platform/ids';
import { Open311Error } from './open311-error';

export type ApiKeyOwner = {
  apiKeyId: string;
  organizationId: string;
  outsideAreas: Open311OutsideAreas;
  disclosure: Open311Disclosure;
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** The api_key a POST carries: in its body (the specification), else in its query string. */
export function apiKeyOf(request: FastifyRequest): string | undefined {
  const body = request.body as { api_key?: unknown } | null | undefined;
  const query = request.query as { api_key?: unknown } | undefined;
  return text(typeof body === 'object' ? body?.api_key : undefined) ?? text(query?.api_key);
}

/** The live key behind an api_key, or 403 (missing, unknown or revoked: the specification's code). */
export async function verifyApiKey(db: Db, apiKey: string | undefined): Promise<ApiKeyOwner> {
  if (!apiKey) throw new Open311Error(403, 'apiKeyMissing', 'api_key');
  const [found] = await db
    .select({
      apiKeyId: open311ApiKeys.id,
      organizationId: open311ApiKeys.organizationId,
      outsideAreas: open311ApiKeys.outsideAreas,
      disclosure: open311ApiKeys.disclosure,
    })
    .from(open311ApiKeys)
    .where(and(eq(open311ApiKeys.keyHash, hashToken(apiKey)), isNull(open311ApiKeys.revokedAt)));
  if (!found) throw new Open311Error(403, 'apiKeyInvalid', 'api_key');
  return {
    ...found,
    outsideAreas: found.outsideAreas === 'refuse' ? 'refuse' : 'notice',
    // An unknown stored value reads as the least: a key never sees more than it was given.
    disclosure: open311Disclosure.catch('public').parse(found.disclosure),
  };
}
