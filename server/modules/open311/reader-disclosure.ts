import type { FastifyRequest } from 'fastify';
import type { Open311Disclosure } from '../../../common/contracts/open311';
import type { Db } from '../../db/client';
import { apiKeyOf, verifyApiKey } from './api-key';
import { type Jurisdiction, resolveJurisdiction } from './jurisdiction';
import { Open311Error } from './open311-error';
import { publishesSummaries } from './publication-service';

/** Who reads, as the presenter needs it: the key's agreed level, and whether summaries are published. */
export type Reader = { level: Open311Disclosure; summaries: boolean };

/**
 * The organization a read is about and what its reader may see. Without an api_key: 'public'.
 * With one, the level its agreement says; a key that is unknown, revoked or another
 * organization's is refused (403) rather than read as public, so a client never takes coarse
 * data for what it agreed to get.
 */
export async function readContext(
  db: Db,
  request: FastifyRequest,
  jurisdictionId: string | undefined,
): Promise<{ jurisdiction: Jurisdiction; reader: Reader }> {
  const apiKey = apiKeyOf(request);
  const owner = apiKey ? await verifyApiKey(db, apiKey) : null;
  const jurisdiction = await resolveJurisdiction(db, request, jurisdictionId, owner?.organizationId);
  if (owner && owner.organizationId !== jurisdiction.id) {
    throw new Open311Error(403, 'apiKeyOtherJurisdiction', 'api_key');
  }
  const summaries = await publishesSummaries(db, jurisdiction.id);
  return { jurisdiction, reader: { level: owner?.disclosure ?? 'public', summaries } };
}
